/// The hashable form of a map key; numbers that CEL considers equal hash alike, so `1`, `1u`
/// and `1.0` all find the entry stored under any of them.
enum MapKey: Hashable, Sendable {
  case bool(Bool)
  /// Integers of either sign that fit in `Int64`, and doubles with such an exact integer value.
  case signed(Int64)
  /// Unsigned integers above `Int64.max`, and doubles with such an exact integer value.
  case unsigned(UInt64)
  case string(CodePointString)

  /// The key a value is stored under; nil for kinds that cannot be map keys (double, null, ...).
  init?(storing value: Value) {
    switch value {
    case .bool(let b): self = .bool(b)
    case .int(let i): self = .signed(i)
    case .uint(let u): self = u <= UInt64(Int64.max) ? .signed(Int64(u)) : .unsigned(u)
    case .string(let s): self = .string(CodePointString(s))
    default: return nil
    }
  }

  /// The key a lookup with `value` finds; also accepts doubles with an integral value.
  init?(lookingUp value: Value) {
    if case .double(let d) = value {
      guard d == d.rounded(.towardZero) else { return nil }
      if d >= -9.223372036854775808e18, d < 9.223372036854775808e18 {
        self = .signed(Int64(d))
      } else if d >= 0, d < 1.8446744073709551616e19 {
        self = .unsigned(UInt64(d))
      } else {
        return nil
      }
    } else {
      self.init(storing: value)
    }
  }
}
