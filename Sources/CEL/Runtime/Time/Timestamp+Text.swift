extension Timestamp {
  /// Parses an RFC 3339 timestamp such as `2009-02-13T23:31:30.5+01:00`; nil when malformed
  /// or outside CEL's range.
  public init?(rfc3339 text: borrowing String) {
    guard let timestamp = Self.parse(rfc3339: text.utf8.span) else { return nil }
    self = timestamp
  }

  /// The timestamp that `bytes` spell in RFC 3339, or nil (see `init(rfc3339:)`).
  private static func parse(rfc3339 bytes: Span<UInt8>) -> Timestamp? {
    var scanner = DigitScanner()
    guard let year = scanner.number(digits: 4, in: bytes), scanner.skip("-", in: bytes),
      let month = scanner.number(digits: 2, in: bytes), scanner.skip("-", in: bytes),
      let day = scanner.number(digits: 2, in: bytes),
      scanner.skip("T", in: bytes) || scanner.skip("t", in: bytes),
      let hour = scanner.number(digits: 2, in: bytes), scanner.skip(":", in: bytes),
      let minute = scanner.number(digits: 2, in: bytes), scanner.skip(":", in: bytes),
      let second = scanner.number(digits: 2, in: bytes)
    else { return nil }
    var nanos: Int64 = 0
    if scanner.skip(".", in: bytes) {
      guard let fraction = scanner.fraction(in: bytes) else { return nil }
      nanos = fraction
    }
    var offset: Int64 = 0
    if !(scanner.skip("Z", in: bytes) || scanner.skip("z", in: bytes)) {
      let sign: Int64
      if scanner.skip("+", in: bytes) {
        sign = 1
      } else if scanner.skip("-", in: bytes) {
        sign = -1
      } else {
        return nil
      }
      guard let offsetHours = scanner.number(digits: 2, in: bytes), scanner.skip(":", in: bytes),
        let offsetMinutes = scanner.number(digits: 2, in: bytes), offsetHours < 24, offsetMinutes < 60
      else { return nil }
      offset = sign * (offsetHours * 3_600 + offsetMinutes * 60)
    }
    guard scanner.isAtEnd(of: bytes), (1...12).contains(month),
      (1...CivilTime.daysInMonth(year: year, month: month)).contains(day),
      hour < 24, minute < 60, second < 60
    else { return nil }
    let days = CivilTime.days(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
    return Timestamp.normalized(seconds: seconds, nanos: nanos)
  }

  /// The timestamp in RFC 3339 at UTC with the fewest fraction digits:
  /// `2009-02-13T23:31:30Z`, `2009-02-13T23:31:30.123Z`.
  public var rfc3339: String {
    let civil = CivilTime(epochSeconds: seconds)
    // Every field has a fixed width (CEL's years run from 1 to 9999): the digits are written
    // into bytes reserved once, as messages format timestamps on every check.
    var writer = DigitWriter(capacity: 30)
    do {
      writer.write(civil.year, width: 4)
      writer.write("-")
      writer.write(civil.month, width: 2)
      writer.write("-")
      writer.write(civil.day, width: 2)
      writer.write("T")
      writer.write(civil.hour, width: 2)
      writer.write(":")
      writer.write(civil.minute, width: 2)
      writer.write(":")
      writer.write(civil.second, width: 2)
      if nanos != 0 {
        writer.write(".")
        var fraction = Int64(nanos)
        var width = 9
        while fraction % 10 == 0 {
          fraction /= 10
          width -= 1
        }
        writer.write(fraction, width: width)
      }
      writer.write("Z")
    }
    return writer.text
  }

  /// `.` and the nanoseconds without trailing zeros, or nothing for zero.
  static func fractionDigits(_ nanos: Int64) -> String {
    guard nanos != 0 else { return "" }
    var digits = String(nanos)
    digits = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return "." + digits
  }
}

/// Writes ASCII characters and zero-padded decimal numbers, then gives them as a string.
struct DigitWriter {
  private var bytes: [UInt8] = []

  /// A writer with room for `capacity` bytes before it grows.
  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// What has been written.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Writes an ASCII character.
  mutating func write(_ character: Unicode.Scalar) {
    bytes.append(UInt8(truncatingIfNeeded: character.value))
  }

  /// Writes `number` (not negative) in decimal, with leading zeros up to `width` digits.
  mutating func write(_ number: Int64, width: Int) {
    var digits = 1
    var limit: Int64 = 10
    while number >= limit && digits < 19 {
      digits += 1
      limit = limit &* 10
    }
    let length = max(width, digits)
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: length))
    var remaining = number
    for position in stride(from: start + length - 1, through: start, by: -1) {
      bytes[position] = UInt8(truncatingIfNeeded: remaining % 10) + UInt8(ascii: "0")
      remaining /= 10
    }
  }
}

/// Reads fixed-width decimal fields from the UTF-8 bytes of ASCII text; a byte of a non-ASCII
/// character matches no literal and no digit. It keeps only its position: the bytes, a span of
/// the text (which a struct cannot hold), are passed to every read, so no copy is made.
struct DigitScanner {
  private var position = 0

  func isAtEnd(of bytes: Span<UInt8>) -> Bool { position == bytes.count }

  /// Consumes `literal` (an ASCII character) if it comes next.
  mutating func skip(_ literal: Unicode.Scalar, in bytes: Span<UInt8>) -> Bool {
    guard position < bytes.count, UInt32(bytes[position]) == literal.value else { return false }
    position += 1
    return true
  }

  /// Exactly `digits` decimal digits as a number.
  mutating func number(digits: Int, in bytes: Span<UInt8>) -> Int64? {
    guard position + digits <= bytes.count else { return nil }
    var value: Int64 = 0
    for _ in 0..<digits {
      guard let digit = digitValue(in: bytes) else { return nil }
      value = value * 10 + digit
      position += 1
    }
    return value
  }

  /// One to nine fraction digits as nanoseconds.
  mutating func fraction(in bytes: Span<UInt8>) -> Int64? {
    var value: Int64 = 0
    var count = 0
    while position < bytes.count, let digit = digitValue(in: bytes) {
      guard count < 9 else { return nil }
      value = value * 10 + digit
      count += 1
      position += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<9 { value *= 10 }
    return value
  }

  private func digitValue(in bytes: Span<UInt8>) -> Int64? {
    let byte = bytes[position]
    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
    return Int64(byte - 48)
  }
}
