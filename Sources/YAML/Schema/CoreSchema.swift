/// YAML 1.2 core-schema resolution of plain scalars, working on a span of UTF-8 bytes so that no
/// `String` is needed to decide a scalar's type.
///
/// An integer literal beyond the `Int64` range resolves to a `Double` (possibly inexact, or
/// infinite for very long literals) rather than to a string, so that `12345678901234567890`
/// stays a number.
@usableFromInline
enum CoreSchema {
  /// A recognised number form.
  enum Number {
    /// An integer that fits in 64 bits.
    case int(Int64)
    /// An integer literal out of the `Int64` range, as a double.
    case bigInt(Double)
    /// A float literal.
    case float(Double)
  }

  /// The value of a plain scalar.
  @usableFromInline
  static func resolve(plain bytes: Span<UInt8>) -> Scalar.Value {
    guard !bytes.isEmpty else { return .null }
    switch bytes[0] {
    case UInt8(ascii: "~"):
      return bytes.count == 1 ? .null : .string
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
      return isNull(bytes) ? .null : .string
    case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
      return bool(bytes).map { .bool($0) } ?? .string
    case UInt8(ascii: "."):
      if isNaN(bytes) { return .double(.nan) }
      return number(bytes).map(value(of:)) ?? .string
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return number(bytes).map(value(of:)) ?? .string
    default:
      return .string
    }
  }

  static func value(of number: Number) -> Scalar.Value {
    switch number {
    case .int(let value): .int(value)
    case .bigInt(let value), .float(let value): .double(value)
    }
  }

  // The lengths are tested first: most plain scalars that start like a keyword (`name`, `title`)
  // are not one, and telling so from the length spares comparing them with every spelling.

  /// `null`, `Null`, `NULL`, `~` or empty.
  static func isNull(_ bytes: Span<UInt8>) -> Bool {
    guard bytes.count == 4 else {
      return bytes.isEmpty || (bytes.count == 1 && bytes[0] == UInt8(ascii: "~"))
    }
    return matches(bytes, "null") || matches(bytes, "Null") || matches(bytes, "NULL")
  }

  /// `true`/`false` in the three spellings the core schema allows.
  static func bool(_ bytes: Span<UInt8>) -> Bool? {
    guard bytes.count == 4 || bytes.count == 5 else { return nil }
    if matches(bytes, "true") || matches(bytes, "True") || matches(bytes, "TRUE") { return true }
    if matches(bytes, "false") || matches(bytes, "False") || matches(bytes, "FALSE") { return false }
    return nil
  }

  static func isNaN(_ bytes: Span<UInt8>) -> Bool {
    bytes.count == 4 && (matches(bytes, ".nan") || matches(bytes, ".NaN") || matches(bytes, ".NAN"))
  }

  /// An integer (`[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`) or a float
  /// (`[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`); `.nan` is
  /// handled by `isNaN`.
  static func number(_ bytes: Span<UInt8>) -> Number? {
    let count = bytes.count
    guard count > 0 else { return nil }
    if count > 2 && bytes[0] == UInt8(ascii: "0") {
      if bytes[1] == UInt8(ascii: "o") { return radix(bytes, base: 8) }
      if bytes[1] == UInt8(ascii: "x") { return radix(bytes, base: 16) }
    }
    var index = 0
    let negative = bytes[0] == UInt8(ascii: "-")
    if negative || bytes[0] == UInt8(ascii: "+") { index = 1 }
    if count - index == 4 && bytes[index] == UInt8(ascii: ".") {
      let rest = bytes.extracting(index...)
      if matches(rest, ".inf") || matches(rest, ".Inf") || matches(rest, ".INF") {
        return .float(negative ? -.infinity : .infinity)
      }
    }
    let integerStart = index
    while index < count && isDigit(bytes[index]) { index += 1 }
    let integerDigits = index - integerStart
    if index == count {
      return integerDigits > 0 ? decimal(bytes, digitsFrom: integerStart, negative: negative) : nil
    }
    var fractionDigits = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < count && isDigit(bytes[index]) {
        index += 1
        fractionDigits += 1
      }
    }
    guard integerDigits > 0 || fractionDigits > 0 else { return nil }
    if index < count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        index += 1
      }
      let exponentStart = index
      while index < count && isDigit(bytes[index]) { index += 1 }
      guard index > exponentStart else { return nil }
    }
    guard index == count else { return nil }
    return double(bytes).map { .float($0) }
  }

  private static func decimal(_ bytes: Span<UInt8>, digitsFrom start: Int, negative: Bool)
    -> Number?
  {
    var magnitude: UInt64 = 0
    for index in start..<bytes.count {
      let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(bytes[index] &- UInt8(ascii: "0")))
      if overflow1 || overflow2 { return bigDecimal(bytes) }
      magnitude = sum
    }
    if negative {
      if magnitude <= UInt64(Int64.max) + 1 { return .int(Int64(bitPattern: 0 &- magnitude)) }
    } else if magnitude <= UInt64(Int64.max) {
      return .int(Int64(magnitude))
    }
    return bigDecimal(bytes)
  }

  private static func bigDecimal(_ bytes: Span<UInt8>) -> Number? {
    double(bytes).map { .bigInt($0) }
  }

  /// The `Double` that the ASCII number `bytes` spell, rounded as Swift's parser rounds.
  private static func double(_ bytes: Span<UInt8>) -> Double? {
    guard let text = try? UTF8Span(validating: bytes) else { return nil }
    return Double(String(copying: text))
  }

  /// `0o` and `0x` literals (the prefix is at `bytes[0...1]`).
  private static func radix(_ bytes: Span<UInt8>, base: UInt64) -> Number? {
    var magnitude: UInt64 = 0
    var approximate = 0.0
    var overflowed = false
    for index in 2..<bytes.count {
      guard let digit = digitValue(bytes[index]), digit < base else { return nil }
      approximate = approximate * Double(base) + Double(digit)
      let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: base)
      let (sum, overflow2) = shifted.addingReportingOverflow(digit)
      overflowed = overflowed || overflow1 || overflow2
      magnitude = sum
    }
    if overflowed || magnitude > UInt64(Int64.max) { return .bigInt(approximate) }
    return .int(Int64(magnitude))
  }

  private static func digitValue(_ byte: UInt8) -> UInt64? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// Whether `bytes` spell exactly `word`.
  static func matches(_ bytes: Span<UInt8>, _ word: String) -> Bool {
    let expected = word.utf8.span
    guard bytes.count == expected.count else { return false }
    for index in expected.indices where bytes[index] != expected[index] {
      return false
    }
    return true
  }
}
