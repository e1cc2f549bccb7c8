/// The type parameters bound while matching one overload's signature against argument types.
///
/// Matching is lenient where CEL's checker would need full unification: `dyn` (and `error`,
/// to avoid cascades) matches anything, and a parameter bound to one type accepts another
/// type only if the two are compatible (equal up to `dyn`).
struct TypeBindings {
  private var bound: [String: CELType] = [:]

  /// Whether a value of type `argument` may be passed for `parameter`, binding type parameters.
  mutating func accepts(_ argument: CELType, for parameter: CELType) -> Bool {
    switch (argument, parameter) {
    case (.dyn, _), (.error, _), (_, .dyn):
      return true
    case (_, .parameter(let name)):
      guard let previous = bound[name] else {
        bound[name] = argument
        return true
      }
      if Self.compatible(previous, argument) {
        if previous == .dyn { bound[name] = argument }
        return true
      }
      return false
    case (.list(let element), .list(let expected)):
      return accepts(element, for: expected)
    case (.map(let key, let value), .map(let expectedKey, let expectedValue)):
      return accepts(key, for: expectedKey) && accepts(value, for: expectedValue)
    case (.type, .type):
      return true
    default:
      return argument == parameter
    }
  }

  /// `type` with every bound parameter replaced (unbound ones become `dyn`).
  func substituted(_ type: CELType) -> CELType {
    switch type {
    case .parameter(let name): bound[name] ?? .dyn
    case .list(let element): .list(substituted(element))
    case .map(let key, let value): .map(substituted(key), substituted(value))
    case .type(let inner?): .type(substituted(inner))
    default: type
    }
  }

  /// Whether two types could describe the same values: equal, up to `dyn` anywhere.
  static func compatible(_ a: CELType, _ b: CELType) -> Bool {
    switch (a, b) {
    case (.dyn, _), (_, .dyn), (.error, _), (_, .error): true
    case (.list(let x), .list(let y)): compatible(x, y)
    case (.map(let k1, let v1), .map(let k2, let v2)): compatible(k1, k2) && compatible(v1, v2)
    case (.type, .type): true
    default: a == b
    }
  }

  /// The most specific type describing values of both types: the type itself when they agree,
  /// else `dyn` (element-wise for lists and maps).
  static func join(_ a: CELType, _ b: CELType) -> CELType {
    switch (a, b) {
    case _ where a == b: a
    case (.list(let x), .list(let y)): .list(join(x, y))
    case (.map(let k1, let v1), .map(let k2, let v2)): .map(join(k1, k2), join(v1, v2))
    default: .dyn
    }
  }
}
