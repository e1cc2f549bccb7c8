/// A CEL type, as the checker deduces it and as `type()` returns it at run time.
public indirect enum CELType: Sendable, Hashable {
  /// The primitive types.
  case int, uint, double, bool, string, bytes
  /// `null_type`.
  case null
  /// Any type, checked only at run time.
  case dyn
  /// The type of an expression that cannot be typed.
  case error
  /// `google.protobuf.Timestamp` and `google.protobuf.Duration`.
  case timestamp, duration
  /// A list with elements of the given type.
  case list(CELType)
  /// A map with keys and values of the given types.
  case map(CELType, CELType)
  /// The type of a type value: `type(int)` is `type(type(int))`; `type(nil)` is plain `type`.
  case type(CELType?)
  /// A type parameter in an overload signature, such as `T`.
  case parameter(String)
  /// A named abstract or message type (`optional_type(int)`, `google.protobuf.Any`).
  case named(String, [CELType])
  /// A record with statically known fields; a map at run time (its `name` is `map`).
  case object(ObjectType)

  /// The type's name without parameters, as a type value prints and compares at run time:
  /// `list`, `map`, `type`, `null_type`, `google.protobuf.Timestamp`.
  public var name: String {
    switch self {
    case .int: "int"
    case .uint: "uint"
    case .double: "double"
    case .bool: "bool"
    case .string: "string"
    case .bytes: "bytes"
    case .null: "null_type"
    case .dyn: "dyn"
    case .error: "error"
    case .timestamp: "google.protobuf.Timestamp"
    case .duration: "google.protobuf.Duration"
    case .list: "list"
    case .map, .object: "map"
    case .type: "type"
    case .parameter(let name): name
    case .named(let name, _): name
    }
  }

  /// Whether two types are the same runtime type: type values compare by name only, because
  /// run-time values carry no element types (`type([1]) == type(['a'])`).
  public func sameRuntimeType(as other: CELType) -> Bool {
    name == other.name
  }

  /// Whether a value of `kind` can be passed where this type is expected (dynamic dispatch).
  public func admits(_ kind: ValueKind) -> Bool {
    switch self {
    case .dyn, .parameter: true
    case .int: kind == .int
    case .uint: kind == .uint
    case .double: kind == .double
    case .bool: kind == .bool
    case .string: kind == .string
    case .bytes: kind == .bytes
    case .null: kind == .null
    case .timestamp: kind == .timestamp
    case .duration: kind == .duration
    case .list: kind == .list
    case .map, .object: kind == .map
    case .type: kind == .type
    case .named(CELType.optionalTypeName, _): kind == .optional
    case .error, .named: false
    }
  }

  /// The kinds `admits` accepts, as a bit set indexed by `ValueKind.rawValue`.
  var admittedKinds: UInt16 {
    var mask: UInt16 = 0
    for kind in ValueKind.allCases where admits(kind) { mask |= 1 << kind.rawValue }
    return mask
  }

  /// The types a bare identifier denotes when no variable shadows it (`int`, `list`, ...).
  static func denoted(by identifier: String) -> CELType? {
    switch identifier {
    case "int": .int
    case "uint": .uint
    case "double": .double
    case "bool": .bool
    case "string": .string
    case "bytes": .bytes
    case "null_type": .null
    case "list": .list(.dyn)
    case "map": .map(.dyn, .dyn)
    case "type": .type(nil)
    case "google.protobuf.Timestamp": .timestamp
    case "google.protobuf.Duration": .duration
    case optionalTypeName: .optional(.dyn)
    default: nil
    }
  }

  /// The name of the type of optional values, `optional_type(T)`.
  static let optionalTypeName = "optional_type"

  /// `optional_type(wrapped)`: the type of an optional value that may hold a `wrapped`.
  public static func optional(_ wrapped: CELType) -> CELType {
    .named(optionalTypeName, [wrapped])
  }

  /// The `T` of `optional_type(T)`, or nil for other types.
  public var optionalWrapped: CELType? {
    guard case .named(Self.optionalTypeName, let parameters) = self, parameters.count == 1 else { return nil }
    return parameters[0]
  }
}

extension CELType: CustomStringConvertible {
  /// The type in CEL's notation, with parameters: `list(int)`, `map(string, dyn)`.
  public var description: String {
    switch self {
    case .list(let element): "list(\(element))"
    case .map(let key, let value): "map(\(key), \(value))"
    case .type(let inner?): "type(\(inner))"
    case .object(let object): object.name
    case .timestamp: "timestamp"
    case .duration: "duration"
    case .named(let name, let parameters) where !parameters.isEmpty:
      "\(name)(\(parameters.map(\.description).joined(separator: ", ")))"
    default: name
    }
  }
}
