/// Reading through optional values, as cel-go's attributes do: once a step of a chain is
/// optional (`a.?b`, or a value that is an optional), every later step yields an optional, none
/// when what it reads is absent.
extension Value {
  /// `optional.none()`.
  public static let none = Value.optional(nil)

  /// Whether the value is an optional.
  var isOptional: Bool {
    if case .optional = self { return true }
    return false
  }

  /// `self.?field`, and `self.field` when `self` is an optional: the entry as an optional, none
  /// when the map has no such key (or only one a schema's default filled in: `.?` reads what
  /// `has()` sees) or `self` is none. An optional holding something other than a
  /// map has no entries to read ("no such key", as in cel-go); reading a field of any other value
  /// is the error plain selection gives.
  func selectingOptionally(_ field: FieldName) throws(EvalError) -> Value {
    switch self {
    case .map(let map): return .optional(map.writtenValue(at: .string(field.name)))
    case .optional(nil): return self
    case .optional(.map(let map)?): return .optional(map.writtenValue(at: .string(field.name)))
    case .optional: throw EvalError.noSuchKey(.string(field.name))
    default: throw EvalError.noSuchField(field.name, on: self)
    }
  }

  /// `has(self.field)` where `self` may be an optional: false for none, the presence of the key
  /// in a map, else the error `has` gives.
  func hasField(_ field: FieldName) throws(EvalError) -> Bool {
    switch self {
    case .map(let map): return map.contains(field: field)
    case .optional(nil): return false
    case .optional(let wrapped?): return try wrapped.hasField(field)
    default: throw EvalError.noSuchField(field.name, on: self)
    }
  }

  /// `self[?key]`, and `self[key]` when `self` is an optional: the element at an `int` index in
  /// range or the entry at a key as an optional, none when absent or when `self` is none.
  func indexingOptionally(_ key: Value, function: String) throws(EvalError) -> Value {
    switch (self, key) {
    case (.list(let items), .int(let position)):
      return position >= 0 && position < items.count ? .optional(items[Int(position)]) : .none
    case (.map(let map), _):
      return .optional(map.writtenValue(at: key))
    case (.optional(nil), _):
      return self
    case (.optional(let wrapped?), _):
      switch wrapped {
      case .list, .map: return try wrapped.indexingOptionally(key, function: function)
      default: throw EvalError.noSuchKey(key)
      }
    default:
      throw EvalError.noSuchOverload(function, [self, key])
    }
  }

  /// Whether the value is its type's zero value, for `optional.ofNonZeroValue`: `null`, `false`,
  /// `0`, `0u`, `0.0`, empty strings, bytes, lists and maps, the Unix epoch and a zero duration
  /// (the defaults of protobuf's fields and well-known types). Types and optionals never are.
  var isZeroValue: Bool {
    switch self {
    case .null: true
    case .bool(let b): !b
    case .int(let i): i == 0
    case .uint(let u): u == 0
    case .double(let d): d == 0
    case .string(let s): s.isEmpty
    case .bytes(let b): b.isEmpty
    case .list(let items): items.isEmpty
    case .map(let map): map.isEmpty
    case .timestamp(let t): t.seconds == 0 && t.nanos == 0
    case .duration(let d): d.nanoseconds == 0
    case .type, .optional: false
    }
  }
}
