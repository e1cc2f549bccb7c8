/// A signed span of time with nanosecond precision, limited (as in CEL) to what a 64-bit count
/// of nanoseconds holds: about ±292 years.
public struct Duration: Sendable, Hashable, Comparable {
  /// The whole span in nanoseconds.
  public var nanoseconds: Int64

  /// Creates a duration from a count of nanoseconds.
  public init(nanoseconds: Int64) {
    self.nanoseconds = nanoseconds
  }

  /// Creates a duration from seconds and nanoseconds, or nil when it exceeds the range.
  public init?(seconds: Int64, nanos: Int32 = 0) {
    let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let (total, overflow2) = scaled.addingReportingOverflow(Int64(nanos))
    guard !overflow, !overflow2 else { return nil }
    nanoseconds = total
  }

  /// Whole seconds, truncated toward zero.
  public var seconds: Int64 { nanoseconds / 1_000_000_000 }

  /// The nanoseconds beyond `seconds`, with the same sign.
  public var nanos: Int32 { Int32(nanoseconds % 1_000_000_000) }

  /// The sum, or nil on overflow.
  public func adding(_ other: Duration) -> Duration? {
    let (sum, overflow) = nanoseconds.addingReportingOverflow(other.nanoseconds)
    return overflow ? nil : Duration(nanoseconds: sum)
  }

  /// The difference, or nil on overflow.
  public func subtracting(_ other: Duration) -> Duration? {
    let (difference, overflow) = nanoseconds.subtractingReportingOverflow(other.nanoseconds)
    return overflow ? nil : Duration(nanoseconds: difference)
  }

  /// The negation, or nil on overflow.
  public var negated: Duration? {
    nanoseconds == .min ? nil : Duration(nanoseconds: -nanoseconds)
  }

  /// Whether `a` is shorter than `b` (signed).
  public static func < (a: Duration, b: Duration) -> Bool { a.nanoseconds < b.nanoseconds }
}
