/// The timestamp accessors (`getFullYear` … `getMilliseconds`, in UTC or a given time zone)
/// and the duration accessors (`getHours` … `getMilliseconds`).
enum TimeFunctions {
  typealias Field = @Sendable (CivilTime, Timestamp) -> Int64

  static var declarations: [FunctionDecl] {
    [
      accessor("getFullYear", "timestamp_to_year") { civil, _ in civil.year },
      accessor("getMonth", "timestamp_to_month") { civil, _ in civil.month - 1 },
      accessor("getDayOfYear", "timestamp_to_day_of_year") { civil, _ in civil.dayOfYear },
      accessor("getDayOfMonth", "timestamp_to_day_of_month") { civil, _ in civil.day - 1 },
      accessor("getDate", "timestamp_to_day_of_month_1_based") { civil, _ in civil.day },
      accessor("getDayOfWeek", "timestamp_to_day_of_week") { civil, _ in civil.weekday },
      accessor("getHours", "timestamp_to_hours", duration: { $0.nanoseconds / 3_600_000_000_000 }) {
        civil, _ in
        civil.hour
      },
      accessor("getMinutes", "timestamp_to_minutes", duration: { $0.nanoseconds / 60_000_000_000 }) {
        civil, _ in
        civil.minute
      },
      accessor("getSeconds", "timestamp_to_seconds", duration: { $0.nanoseconds / 1_000_000_000 }) {
        civil, _ in
        civil.second
      },
      accessor(
        "getMilliseconds", "timestamp_to_milliseconds",
        duration: { $0.nanoseconds % 1_000_000_000 / 1_000_000 }
      ) { _, timestamp in Int64(timestamp.nanos) / 1_000_000 },
    ]
  }

  /// A timestamp accessor, in UTC and with a time zone argument, and optionally its duration
  /// counterpart.
  private static func accessor(
    _ name: String, _ id: String, duration: (@Sendable (Duration) -> Int64)? = nil, _ field: @escaping Field
  ) -> FunctionDecl {
    var overloads = [
      Overload(id, member: true, .timestamp, .int) { (a: Value) throws(EvalError) in
        let timestamp = try a.asTimestamp(name)
        return .int(field(CivilTime(epochSeconds: timestamp.seconds), timestamp))
      },
      Overload(id + "_with_tz", member: true, .timestamp, .string, .int) {
        (a: Value, zone: Value) throws(EvalError) in
        .int(
          field(
            try civil(a.asTimestamp(name), in: try timeZone(zone.asString(name))), try a.asTimestamp(name)))
      }.specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
        guard case .string(let text)? = constants[1] else { return nil }
        let zone = try timeZone(text)
        return .binary { (a: Value, _: Value) throws(EvalError) -> Value in
          let timestamp = try a.asTimestamp(name)
          return .int(field(civil(timestamp, in: zone), timestamp))
        }
      },
    ]
    if let duration {
      let durationID = "duration_to_" + id.dropFirst("timestamp_to_".count)
      overloads.append(
        Overload(durationID, member: true, .duration, .int) { (a: Value) throws(EvalError) in
          guard case .duration(let d) = a else { throw EvalError.noSuchOverload(name, a) }
          return .int(duration(d))
        })
    }
    return FunctionDecl(name, isPure: true, overloads)
  }

  private static func timeZone(_ text: String) throws(EvalError) -> TimeZoneSpec {
    guard let zone = TimeZoneSpec(text) else { throw EvalError("unknown time zone '\(text)'") }
    return zone
  }

  private static func civil(_ timestamp: Timestamp, in zone: TimeZoneSpec) -> CivilTime {
    CivilTime(epochSeconds: timestamp.seconds + zone.offset(at: timestamp))
  }
}
