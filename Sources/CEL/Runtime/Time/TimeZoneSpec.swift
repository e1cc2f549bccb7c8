import Foundation

/// A time zone argument of the timestamp accessors: an IANA name such as `Australia/Sydney`
/// or `UTC`, or a fixed offset such as `+05:30`, `-08:00` (the sign may be left out).
struct TimeZoneSpec: Sendable {
  private enum Kind: Sendable {
    case fixed(Int64)
    case named(TimeZone)
  }

  private let kind: Kind

  /// Resolves a time zone text; nil when it is neither a fixed offset nor a known zone name.
  init?(_ text: String) {
    if let offset = Self.fixedOffset(text) {
      kind = .fixed(offset)
    } else if let zone = TimeZone(identifier: text) {
      kind = .named(zone)
    } else {
      return nil
    }
  }

  /// The offset from UTC in seconds at `timestamp`.
  func offset(at timestamp: Timestamp) -> Int64 {
    switch kind {
    case .fixed(let seconds):
      return seconds
    case .named(let zone):
      let date = Date(timeIntervalSince1970: Double(timestamp.seconds))
      return Int64(zone.secondsFromGMT(for: date))
    }
  }

  /// The offset `text` spells as `[+-]HH:MM`, or nil.
  private static func fixedOffset(_ text: String) -> Int64? {
    let bytes = text.utf8.span
    var scanner = DigitScanner()
    let sign: Int64 = scanner.skip("-", in: bytes) ? -1 : (scanner.skip("+", in: bytes) ? 1 : 1)
    guard let hours = scanner.number(digits: 2, in: bytes), scanner.skip(":", in: bytes),
      let minutes = scanner.number(digits: 2, in: bytes), scanner.isAtEnd(of: bytes), minutes < 60
    else { return nil }
    return sign * (hours * 3_600 + minutes * 60)
  }
}
