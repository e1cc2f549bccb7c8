/// The type parameters bound while matching one overload's signature against argument types.
///
/// Matching is lenient where CEL's checker would need full unification: `dyn` (and `error`,
/// to avoid cascades) matches anything, and a parameter bound to one type accepts another
/// type only if the two are compatible (equal up to `dyn`). An object type is passed where a
/// map is expected as a map from strings to `dyn`.
struct TypeBindings {
  private var bound: [String: CELType] = [:]

  /// The element type of a list still being built from `[]` (a comprehension's accumulator): it
  /// matches anything, like `dyn`, and gives way to the first concrete type joined with it, so
  /// that `filter` and `map` keep the element type. It never leaves the comprehension.
  static let free = CELType.parameter("*")

  /// Whether a value of type `argument` may be passed for `parameter`, binding type parameters.
  mutating func accepts(_ argument: CELType, for parameter: CELType) -> Bool {
    switch (argument, parameter) {
    case (.dyn, _), (.error, _), (_, .dyn), (Self.free, _):
      return true
    case (_, .parameter(let name)):
      guard let previous = bound[name] else {
        bound[name] = argument
        return true
      }
      if Self.compatible(previous, argument) {
        bound[name] = Self.refined(previous, by: argument)
        return true
      }
      return false
    case (.object, .map(let expectedKey, let expectedValue)):
      return accepts(.string, for: expectedKey) && accepts(.dyn, for: expectedValue)
    case (.list(let element), .list(let expected)):
      return accepts(element, for: expected)
    case (.map(let key, let value), .map(let expectedKey, let expectedValue)):
      return accepts(key, for: expectedKey) && accepts(value, for: expectedValue)
    case (.named(let name, let arguments), .named(let expectedName, let expected))
    where name == expectedName && arguments.count == expected.count:
      return zip(arguments, expected).allSatisfy { accepts($0, for: $1) }
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
    case .named(let name, let parameters): .named(name, parameters.map(substituted))
    case .type(let inner?): .type(substituted(inner))
    default: type
    }
  }

  /// Whether two types could describe the same values: equal, up to `dyn` anywhere.
  static func compatible(_ a: CELType, _ b: CELType) -> Bool {
    switch (a, b) {
    case (.dyn, _), (_, .dyn), (.error, _), (_, .error), (free, _), (_, free): true
    case (.list(let x), .list(let y)): compatible(x, y)
    case (.object, .map(let key, _)), (.map(let key, _), .object): compatible(key, .string)
    case (.map(let k1, let v1), .map(let k2, let v2)): compatible(k1, k2) && compatible(v1, v2)
    case (.named(let name, let x), .named(let other, let y)) where name == other && x.count == y.count:
      zip(x, y).allSatisfy { compatible($0, $1) }
    case (.type, .type): true
    default: a == b
    }
  }

  /// The most specific type describing values of both types: the type itself when they agree,
  /// else `dyn` (element-wise for lists and maps).
  static func join(_ a: CELType, _ b: CELType) -> CELType {
    switch (a, b) {
    case _ where a == b: a
    case (free, _): b
    case (_, free): a
    case (.list(let x), .list(let y)): .list(join(x, y))
    case (.map(let k1, let v1), .map(let k2, let v2)): .map(join(k1, k2), join(v1, v2))
    case (.named(let name, let x), .named(let other, let y)) where name == other && x.count == y.count:
      .named(name, zip(x, y).map { join($0, $1) })
    default: .dyn
    }
  }

  /// Of two compatible types, the more specific one: a concrete type rather than `dyn` or a free
  /// element type (only a free element type gives way inside a list).
  static func refined(_ previous: CELType, by other: CELType) -> CELType {
    switch (previous, other) {
    case (.dyn, _), (free, _): other
    case (.list(free), .list): other
    default: previous
    }
  }

  /// `type` with every free element type replaced by `dyn`, once a comprehension is checked.
  static func closed(_ type: CELType) -> CELType {
    switch type {
    case free: .dyn
    case .list(let element): .list(closed(element))
    case .map(let key, let value): .map(closed(key), closed(value))
    case .named(let name, let parameters): .named(name, parameters.map(closed))
    default: type
    }
  }
}
