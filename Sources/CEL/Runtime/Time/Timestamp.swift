/// A point in time, with nanosecond precision, between 0001-01-01T00:00:00Z and
/// 9999-12-31T23:59:59.999999999Z (the range RFC 3339 can write, as CEL requires).
public struct Timestamp: Sendable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var seconds: Int64
  /// Nanoseconds within the second, 0..<1_000_000_000.
  public var nanos: Int32

  /// The seconds of 0001-01-01T00:00:00Z.
  public static let minSeconds: Int64 = -62_135_596_800
  /// The seconds of 9999-12-31T23:59:59Z.
  public static let maxSeconds: Int64 = 253_402_300_799

  /// Creates a timestamp; `nanos` is expected in 0..<1_000_000_000 (use `normalized` otherwise).
  public init(seconds: Int64, nanos: Int32 = 0) {
    self.seconds = seconds
    self.nanos = nanos
  }

  /// A timestamp from seconds and any nanosecond count, or nil when outside CEL's range.
  public static func normalized(seconds: Int64, nanos: Int64) -> Timestamp? {
    var (carry, fraction) = nanos.quotientAndRemainder(dividingBy: 1_000_000_000)
    if fraction < 0 {
      fraction += 1_000_000_000
      carry -= 1
    }
    let (total, overflow) = seconds.addingReportingOverflow(carry)
    guard !overflow, (minSeconds...maxSeconds).contains(total) else { return nil }
    return Timestamp(seconds: total, nanos: Int32(fraction))
  }

  /// Whether the timestamp lies in CEL's range.
  public var isInRange: Bool { (Self.minSeconds...Self.maxSeconds).contains(seconds) }

  /// This timestamp moved by `duration`, or nil when the result leaves CEL's range.
  public func adding(_ duration: Duration) -> Timestamp? {
    let (carry, fraction) = duration.nanoseconds.quotientAndRemainder(dividingBy: 1_000_000_000)
    let (sum, overflow) = seconds.addingReportingOverflow(carry)
    guard !overflow else { return nil }
    return Timestamp.normalized(seconds: sum, nanos: Int64(nanos) + fraction)
  }

  /// The duration from `other` to this timestamp, or nil when it exceeds a duration's range.
  public func since(_ other: Timestamp) -> Duration? {
    let (secondsApart, overflow0) = seconds.subtractingReportingOverflow(other.seconds)
    let (scaled, overflow) = secondsApart.multipliedReportingOverflow(by: 1_000_000_000)
    guard !overflow0, !overflow else { return nil }
    let (total, overflow2) = scaled.addingReportingOverflow(Int64(nanos) - Int64(other.nanos))
    guard !overflow2 else { return nil }
    return Duration(nanoseconds: total)
  }

  /// Whether `a` is earlier than `b`.
  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    (a.seconds, a.nanos) < (b.seconds, b.nanos)
  }
}
