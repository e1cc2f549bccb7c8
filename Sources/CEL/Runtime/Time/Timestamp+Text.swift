extension Timestamp {
  /// Parses an RFC 3339 timestamp such as `2009-02-13T23:31:30.5+01:00`; nil when malformed
  /// or outside CEL's range.
  public init?(rfc3339 text: borrowing String) {
    // Every field is ASCII, so the UTF-8 bytes can be scanned in place, where a native string
    // always has them (`withUTF8` would need a copy of the string, which retains a long one).
    let parsed =
      text.utf8.withContiguousStorageIfAvailable(Self.parse(rfc3339:))
      ?? Array(text.utf8).withUnsafeBufferPointer(Self.parse(rfc3339:))
    guard let timestamp = parsed else { return nil }
    self = timestamp
  }

  /// The timestamp `bytes` spell in RFC 3339, or nil (see `init(rfc3339:)`).
  private static func parse(rfc3339 bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    var scanner = DigitScanner(bytes)
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(digits: 2), scanner.skip("-"),
      let day = scanner.number(digits: 2), scanner.skip("T") || scanner.skip("t"),
      let hour = scanner.number(digits: 2), scanner.skip(":"),
      let minute = scanner.number(digits: 2), scanner.skip(":"),
      let second = scanner.number(digits: 2)
    else { return nil }
    var nanos: Int64 = 0
    if scanner.skip(".") {
      guard let fraction = scanner.fraction() else { return nil }
      nanos = fraction
    }
    var offset: Int64 = 0
    if !(scanner.skip("Z") || scanner.skip("z")) {
      let sign: Int64
      if scanner.skip("+") {
        sign = 1
      } else if scanner.skip("-") {
        sign = -1
      } else {
        return nil
      }
      guard let offsetHours = scanner.number(digits: 2), scanner.skip(":"),
        let offsetMinutes = scanner.number(digits: 2), offsetHours < 24, offsetMinutes < 60
      else { return nil }
      offset = sign * (offsetHours * 3_600 + offsetMinutes * 60)
    }
    guard scanner.isAtEnd, (1...12).contains(month),
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
    // Every field has a fixed width (CEL's years run from 1 to 9999), so the digits are written
    // straight into the string's storage: messages format timestamps on every check.
    return String(unsafeUninitializedCapacity: 30) { buffer in
      var writer = DigitWriter(buffer)
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
      return writer.count
    }
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

/// Writes ASCII characters and zero-padded decimal numbers into a buffer large enough for them.
struct DigitWriter {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  /// How many bytes have been written.
  private(set) var count = 0

  init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  /// Writes an ASCII character.
  mutating func write(_ character: Unicode.Scalar) {
    buffer[count] = UInt8(truncatingIfNeeded: character.value)
    count += 1
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
    var remaining = number
    for position in stride(from: count + length - 1, through: count, by: -1) {
      buffer[position] = UInt8(truncatingIfNeeded: remaining % 10) + UInt8(ascii: "0")
      remaining /= 10
    }
    count += length
  }
}

/// Reads fixed-width decimal fields from the UTF-8 bytes of ASCII text; a byte of a non-ASCII
/// character matches no literal and no digit.
struct DigitScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var isAtEnd: Bool { position == bytes.count }

  /// Consumes `literal` (an ASCII character) if it comes next.
  mutating func skip(_ literal: Unicode.Scalar) -> Bool {
    guard position < bytes.count, UInt32(bytes[position]) == literal.value else { return false }
    position += 1
    return true
  }

  /// Exactly `digits` decimal digits as a number.
  mutating func number(digits: Int) -> Int64? {
    guard position + digits <= bytes.count else { return nil }
    var value: Int64 = 0
    for _ in 0..<digits {
      guard let digit = digitValue() else { return nil }
      value = value * 10 + digit
      position += 1
    }
    return value
  }

  /// One to nine fraction digits as nanoseconds.
  mutating func fraction() -> Int64? {
    var value: Int64 = 0
    var count = 0
    while position < bytes.count, let digit = digitValue() {
      guard count < 9 else { return nil }
      value = value * 10 + digit
      count += 1
      position += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<9 { value *= 10 }
    return value
  }

  private func digitValue() -> Int64? {
    let byte = bytes[position]
    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
    return Int64(byte - 48)
  }
}
