/// Text forms of doubles that match cel-go (Go's `strconv`), built from Swift's shortest
/// round-trip digits.
public enum DoubleText {
  /// Go's `%g` with the shortest precision, as `string(double)` prints: `123.456`, `1e+06`,
  /// `-0.0045`, `1.234567e+06`, `+Inf`, `NaN`.
  static func general(_ value: Double) -> String {
    // Whole numbers below a million (amounts, counts) print as integers; no need to search for
    // the shortest digits.
    if value.magnitude < 1e6, value == value.rounded(.towardZero) {
      return value == 0 ? (value.sign == .minus ? "-0" : "0") : String(Int64(value))
    }
    // Nor for those with a few decimals (hours, amounts): finding the shortest digits through
    // `description` costs some thousands of instructions.
    if value.magnitude < 1e6, let text = fewDecimals(value) { return text }
    return generalFromShortestDigits(value)
  }

  /// `general(_:)` from the shortest round-trip digits, for any value.
  static func generalFromShortestDigits(_ value: Double) -> String {
    if let special = special(value, "+Inf", "-Inf") { return special }
    let (digits, point) = shortestDigits(value)
    let sign = value.sign == .minus ? "-" : ""
    let exponent = point - 1
    if exponent < -4 || exponent >= 6 { return sign + scientific(digits, exponent: exponent) }
    return sign + positional(digits, point: point)
  }

  /// Go's `'f'` format with the shortest precision: `56.8`, `100000000000000000000`.
  static func decimal(_ value: Double) -> String {
    if let special = special(value, "Infinity", "-Infinity") { return special }
    let (digits, point) = shortestDigits(value)
    return (value.sign == .minus ? "-" : "") + positional(digits, point: point)
  }

  /// A value of magnitude below a million with one to four decimals (`6.5`, `-0.05`), written
  /// from the integer it scales to; nil for any other.
  ///
  /// These are its shortest round-trip digits. A decimal with fewer digits would have fewer
  /// decimals, and the first scale at which the value, scaled and rounded, divides back to itself
  /// exactly gives the one with the fewest: below a million, scaling and rounding err by far less
  /// than the half unit that would make the rounding miss a decimal that parses back to the
  /// value, and the division rounds as parsing the decimal would. At that scale no other decimal
  /// is within the value's rounding interval, so the digits are unique.
  private static func fewDecimals(_ value: Double) -> String? {
    let magnitude = value.magnitude
    var scale = 1.0
    for decimals in 1...4 {
      scale *= 10
      let scaled = (magnitude * scale).rounded()
      guard scaled / scale == magnitude else { continue }
      let number = Int64(scaled)
      let unit = Int64(scale)
      // At most `-999999.9999`.
      var writer = DigitWriter(capacity: 15)
      if value.sign == .minus { writer.write("-") }
      writer.write(number / unit, width: 1)
      writer.write(".")
      writer.write(number % unit, width: decimals)
      return writer.text
    }
    return nil
  }

  private static func special(
    _ value: Double, _ positiveInfinity: String, _ negativeInfinity: String
  ) -> String? {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? negativeInfinity : positiveInfinity }
    return nil
  }

  /// The shortest decimal digits that round-trip, without leading or trailing zeros, and the
  /// position of the decimal point: the (finite) value's magnitude is `0.d1d2d3… × 10^point`.
  /// Zero has no digits.
  public static func shortestDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
    var text = Substring(value.magnitude.description)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...]) ?? 0
      text = text[..<e]
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let integral = parts[0]
    let fraction = parts.count > 1 ? parts[1] : ""
    var digits = Array((integral + fraction).utf8).map { $0 - 48 }
    var point = integral.count + exponent
    while digits.first == 0 {
      digits.removeFirst()
      point -= 1
    }
    while digits.last == 0 { digits.removeLast() }
    return digits.isEmpty ? ([], 1) : (digits, point)
  }

  private static func positional(_ digits: [UInt8], point: Int) -> String {
    let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    if digits.isEmpty { return "0" }
    if point <= 0 { return "0." + String(repeating: "0", count: -point) + text }
    if point >= digits.count { return text + String(repeating: "0", count: point - digits.count) }
    let split = text.index(text.startIndex, offsetBy: point)
    return text[..<split] + "." + text[split...]
  }

  private static func scientific(_ digits: [UInt8], exponent: Int) -> String {
    let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
    let mantissa = text.count > 1 ? text.prefix(1) + "." + text.dropFirst() : text
    let magnitude = String(abs(exponent))
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
  }
}
