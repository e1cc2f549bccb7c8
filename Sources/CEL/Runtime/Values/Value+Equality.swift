extension Value {
  /// CEL equality: numbers compare by value across `int`, `uint` and `double` (NaN equals
  /// nothing), lists element-wise, maps by key set and values regardless of order, optionals
  /// when both are none or both hold equal values, and values of different kinds are simply
  /// unequal.
  public func celEquals(_ other: Value) -> Bool {
    // One switch on each side rather than on a tuple of both, which would copy the payloads.
    switch self {
    case .string(let a):
      if case .string(let b) = other { return a.codePointsEqual(b) }
      return false
    case .int(let a):
      if case .int(let b) = other { return a == b }
      return other.isNumber && Value.compareNumbers(self, other) == 0
    case .bool(let a):
      if case .bool(let b) = other { return a == b }
      return false
    case .null:
      if case .null = other { return true }
      return false
    case .uint, .double:
      return other.isNumber && Value.compareNumbers(self, other) == 0
    case .bytes(let a):
      if case .bytes(let b) = other { return a == b }
      return false
    case .list(let a):
      guard case .list(let b) = other, a.count == b.count else { return false }
      for index in a.indices where !a[index].celEquals(b[index]) { return false }
      return true
    case .map(let a):
      guard case .map(let b) = other else { return false }
      return a.hasEqualEntries(to: b)
    case .timestamp(let a):
      if case .timestamp(let b) = other { return a == b }
      return false
    case .duration(let a):
      if case .duration(let b) = other { return a == b }
      return false
    case .type(let a):
      if case .type(let b) = other { return a.sameRuntimeType(as: b) }
      return false
    case .optional(let a):
      guard case .optional(let b) = other else { return false }
      guard let a, let b else { return a == nil && b == nil }
      return a.celEquals(b)
    }
  }

  /// The order of two numbers of any numeric kinds: -1, 0 or 1; nil when a NaN makes them
  /// unordered or either is not a number. Integers compare exactly with each other; against a
  /// double, an integer is converted to double first, as cel-go does.
  static func compareNumbers(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.uint(let x), .uint(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.int(let x), .uint(let y)): return x < 0 ? -1 : compare(UInt64(x), y)
    case (.uint(let x), .int(let y)): return y < 0 ? 1 : compare(x, UInt64(y))
    case (.double(let x), .double(let y)): return compare(x, y)
    case (.int(let x), .double(let y)): return compare(Double(x), y)
    case (.uint(let x), .double(let y)): return compare(Double(x), y)
    case (.double(let x), .int(let y)): return compare(x, Double(y))
    case (.double(let x), .uint(let y)): return compare(x, Double(y))
    default: return nil
    }
  }

  private static func compare<T: Comparable>(_ x: T, _ y: T) -> Int? {
    if x < y { return -1 }
    if x > y { return 1 }
    return x == y ? 0 : nil
  }
}
