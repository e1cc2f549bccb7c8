import CEL
import Foundation

extension Timestamp {
  /// The current time, to the second: the `as_of` of a new snapshot.
  public static var currentSecond: Timestamp {
    Timestamp(seconds: Int64(Date().timeIntervalSince1970.rounded(.down)))
  }

  /// The timestamp `days` days (of 24 hours) later, or earlier when negative.
  func adding(days: Int64) -> Timestamp { Timestamp(seconds: seconds + days * 86_400, nanos: nanos) }

  /// The number of the UTC day this timestamp falls on, counted from 1970-01-01 (negative
  /// before it).
  var epochDay: Int64 { (seconds - ((seconds % 86_400) + 86_400) % 86_400) / 86_400 }

  /// Midnight UTC of the day `offset` days after this timestamp's day.
  func day(offset: Int64) -> Timestamp { Timestamp(seconds: (epochDay + offset) * 86_400) }

  /// The day in RFC 3339's date form, as in `2026-11-20`.
  var dateText: String { String(rfc3339.prefix(10)) }
}
