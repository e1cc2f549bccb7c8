/// A CEL runtime value.
///
/// Values are plain Swift data: cheap to copy (collections are copy-on-write), `Sendable`, and
/// compared with CEL's own equality (`celEquals`) rather than `==`, because CEL equality is
/// heterogeneous across numeric kinds and never equal for NaN.
public enum Value: Sendable {
  /// `null`, of type `null_type`.
  case null
  /// A Boolean.
  case bool(Bool)
  /// A signed 64-bit integer; arithmetic that overflows is an error.
  case int(Int64)
  /// An unsigned 64-bit integer.
  case uint(UInt64)
  /// An IEEE 754 double.
  case double(Double)
  /// A string of Unicode code points.
  case string(String)
  /// A string of bytes.
  case bytes([UInt8])
  /// A list of values of any kinds.
  case list([Value])
  /// A map with `int`, `uint`, `bool` or `string` keys.
  case map(MapValue)
  /// A point in time (`google.protobuf.Timestamp`).
  case timestamp(Timestamp)
  /// A span of time (`google.protobuf.Duration`).
  case duration(Duration)
  /// A type as a value, e.g. the result of `type(1)` or the identifier `int`.
  case type(CELType)
  /// An optional value (`optional.of(x)`, or `optional.none()` for nil), of type `optional_type`.
  /// Boxed, so that `Value` stays as small as its other payloads make it.
  indirect case optional(Value?)

  /// The kind of the value, used for overload dispatch.
  public var kind: ValueKind {
    @inline(__always) get {
      switch self {
      case .null: .null
      case .bool: .bool
      case .int: .int
      case .uint: .uint
      case .double: .double
      case .string: .string
      case .bytes: .bytes
      case .list: .list
      case .map: .map
      case .timestamp: .timestamp
      case .duration: .duration
      case .type: .type
      case .optional: .optional
      }
    }
  }

  /// The value's runtime type, as `type(value)` returns it.
  public var runtimeType: CELType { kind.runtimeType }

  /// The Boolean payload, or nil for other kinds.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The string payload, or nil for other kinds.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}

/// The kinds of `Value`, in a fixed order that dispatch tables index by.
public enum ValueKind: Int, Sendable, CaseIterable {
  /// One case per case of `Value`, with the same names.
  case null, bool, int, uint, double, string, bytes, list, map, timestamp, duration, type, optional

  /// The runtime type of values of this kind (unparameterised, as `type()` reports it).
  public var runtimeType: CELType {
    switch self {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .uint: .uint
    case .double: .double
    case .string: .string
    case .bytes: .bytes
    case .list: .list(.dyn)
    case .map: .map(.dyn, .dyn)
    case .timestamp: .timestamp
    case .duration: .duration
    case .type: .type(nil)
    case .optional: .optional(.dyn)
    }
  }

  /// The kind's CEL type name, as used in error messages.
  public var typeName: String { runtimeType.name }
}
