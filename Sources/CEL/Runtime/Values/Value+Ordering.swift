extension Value {
  /// The outcome of ordering two values with `<`, `<=`, `>`, `>=`.
  enum Ordering {
    case less, equal, greater
    /// At least one operand is NaN: every ordering comparison is false.
    case unordered
  }

  /// CEL ordering: numbers across kinds, strings by code point, bytes, bools, timestamps and
  /// durations; nil when the kinds cannot be ordered (lists, maps, null, mixed kinds).
  func celCompare(_ other: Value) -> Ordering? {
    switch (self, other) {
    case (.int, _), (.uint, _), (.double, _):
      guard other.isNumber else { return nil }
      return Self.ordering(Value.compareNumbers(self, other))
    case (.string(let a), .string(let b)):
      return Self.ordering(of: a.utf8.lexicographicallyPrecedes(b.utf8), a.codePointsEqual(b))
    case (.bytes(let a), .bytes(let b)):
      return Self.ordering(of: a.lexicographicallyPrecedes(b), a == b)
    case (.bool(let a), .bool(let b)):
      return Self.ordering(of: !a && b, a == b)
    case (.timestamp(let a), .timestamp(let b)):
      return Self.ordering(of: a < b, a == b)
    case (.duration(let a), .duration(let b)):
      return Self.ordering(of: a < b, a == b)
    default:
      return nil
    }
  }

  /// Whether the value is an `int`, `uint` or `double`.
  var isNumber: Bool {
    switch self {
    case .int, .uint, .double: true
    default: false
    }
  }

  private static func ordering(_ comparison: Int?) -> Ordering {
    switch comparison {
    case -1: .less
    case 0: .equal
    case 1: .greater
    default: .unordered
    }
  }

  private static func ordering(of isLess: Bool, _ isEqual: Bool) -> Ordering {
    isLess ? .less : (isEqual ? .equal : .greater)
  }
}
