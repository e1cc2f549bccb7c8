/// Every function an environment knows, resolved once into a dispatcher per call shape.
final class FunctionRegistry: Sendable {
  /// How a call is written: the function's name, receiver style or not, and argument count.
  struct CallShape: Hashable, Sendable {
    var name: String
    var isMember: Bool
    var arity: Int
  }

  /// The declarations by name, standard library first, added overloads appended.
  let declarations: [String: FunctionDecl]
  private let dispatchers: [CallShape: Dispatcher]

  init(_ declarations: [FunctionDecl]) {
    var merged: [String: FunctionDecl] = [:]
    for declaration in declarations {
      if var existing = merged[declaration.name] {
        existing.overloads += declaration.overloads
        existing.isPure = existing.isPure && declaration.isPure
        merged[declaration.name] = existing
      } else {
        merged[declaration.name] = declaration
      }
    }
    var dispatchers: [CallShape: Dispatcher] = [:]
    for declaration in merged.values {
      var groups: [CallShape: [Overload]] = [:]
      for overload in declaration.overloads {
        let shape = CallShape(
          name: declaration.name, isMember: overload.isMember, arity: overload.parameters.count)
        groups[shape, default: []].append(overload)
      }
      for (shape, overloads) in groups {
        dispatchers[shape] = Dispatcher(function: shape.name, overloads: overloads, arity: shape.arity)
      }
    }
    self.declarations = merged
    self.dispatchers = dispatchers
  }

  /// The dispatcher for a call shape, or nil when no overload has that shape.
  func dispatcher(_ name: String, isMember: Bool, arity: Int) -> Dispatcher? {
    dispatchers[CallShape(name: name, isMember: isMember, arity: arity)]
  }

  /// Whether a function of this name exists at all.
  func contains(_ name: String) -> Bool { declarations[name] != nil }
}
