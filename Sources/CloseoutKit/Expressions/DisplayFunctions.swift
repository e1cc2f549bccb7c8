import CEL

/// Closeout's CEL functions that write dates, distances in time and sums of money as people read
/// them in messages, with two helpers for date arithmetic in conditions. Times are always in UTC;
/// a timestamp may also be given as RFC 3339 text, read as `timestamp(string)` reads it.
enum DisplayFunctions {
  /// The declarations added to CEL's standard library in every rule's environment.
  static let declarations: [FunctionDecl] = [
    FunctionDecl(
      "date", isPure: true,
      [
        Overload("date_timestamp", .timestamp, .string, date),
        Overload("date_string", .string, .string, date),
      ]),
    FunctionDecl(
      "ago", isPure: true,
      [
        Overload("ago_timestamp_timestamp", .timestamp, .timestamp, .string, ago),
        Overload("ago_string_string", .string, .string, .string, ago),
        Overload("ago_timestamp_string", .timestamp, .string, .string, ago),
        Overload("ago_string_timestamp", .string, .timestamp, .string, ago),
      ]),
    FunctionDecl(
      "money", isPure: true,
      [
        Overload("money_double_string", .double, .string, .string, money),
        Overload("money_int_string", .int, .string, .string, money),
        Overload("money_double_null", .double, .null, .string, money),
        Overload("money_int_null", .int, .null, .string, money),
        Overload("money_double", .double, .string) { (amount: Value) throws(EvalError) in
          try money(amount, .null)
        },
        Overload("money_int", .int, .string) { (amount: Value) throws(EvalError) in
          try money(amount, .null)
        },
      ]),
    FunctionDecl("days", isPure: true, [Overload("days_int", .int, .duration, days)]),
    FunctionDecl(
      "startOfDay", isPure: true,
      [
        Overload("start_of_day_timestamp", .timestamp, .timestamp, startOfDay),
        Overload("start_of_day_string", .string, .timestamp, startOfDay),
      ]),
  ]

  /// `Thu 3 Dec 2026, 17:00 UTC`.
  private static func date(_ value: Value) throws(EvalError) -> Value {
    let civil = CivilTime(epochSeconds: try timestamp(value, "date").seconds)
    let day = "\(name(weekdays, civil.weekday)) \(civil.day) \(name(months, civil.month - 1))"
    let time = "\(padded(civil.hour, 2)):\(padded(civil.minute, 2))"
    return .string("\(day) \(padded(civil.year, 4)), \(time) UTC")
  }

  /// How far `value` is from `now`: in minutes or hours on the same UTC day, in days otherwise
  /// (`now`, `in 5 minutes`, `3 hours ago`, `tomorrow`, `6 days ago`).
  private static func ago(_ value: Value, _ now: Value) throws(EvalError) -> Value {
    let moment = try timestamp(value, "ago")
    let now = try timestamp(now, "ago")
    let (days, overflow) = moment.epochDay.subtractingReportingOverflow(now.epochDay)
    guard !overflow else { throw .timesTooFarApart }
    switch days {
    case 0: break
    case 1: return .string("tomorrow")
    case -1: return .string("yesterday")
    default: return .string(days > 0 ? "in \(days) days" : "\(days.magnitude) days ago")
    }
    guard let apart = moment.since(now) else { throw .timesTooFarApart }
    let minutes = apart.nanoseconds / 60_000_000_000  // truncated toward zero
    guard minutes != 0 else { return .string("now") }
    let hours = minutes / 60
    let count = hours == 0 ? minutes.magnitude : hours.magnitude
    let phrase = "\(count) \(hours == 0 ? "minute" : "hour")\(count == 1 ? "" : "s")"
    return .string(minutes > 0 ? "in " + phrase : phrase + " ago")
  }

  /// The amount rounded to cents, half away from zero, with thousands separated and the currency
  /// (a code, any case; `null` or empty for none): `€2,400.00`, `-£3.50`, `1,234.57 USD`.
  private static func money(_ amount: Value, _ currency: Value) throws(EvalError) -> Value {
    let (negative, whole, cents) = try self.parts(amount)
    let number = grouped(whole) + "." + padded(cents, 2)
    let sign = negative ? "-" : ""
    let code: String
    switch currency {
    case .null: code = ""
    case .string(let text): code = text.uppercased()
    default: throw .noSuchOverload("money", [amount, currency])
    }
    switch code {
    case "": return .string(sign + number)
    case "EUR": return .string(sign + "€" + number)
    case "GBP": return .string(sign + "£" + number)
    default: return .string(sign + number + " " + code)
    }
  }

  /// `count` days as a duration.
  private static func days(_ count: Value) throws(EvalError) -> Value {
    guard case .int(let count) = count else { throw .noSuchOverload("days", [count]) }
    let (nanoseconds, overflow) = count.multipliedReportingOverflow(by: 86_400_000_000_000)
    guard !overflow else { throw .daysOutOfRange(count) }
    return .duration(Duration(nanoseconds: nanoseconds))
  }

  /// Midnight UTC of the day the timestamp falls on.
  private static func startOfDay(_ value: Value) throws(EvalError) -> Value {
    let day = try timestamp(value, "startOfDay").epochDay
    let (seconds, overflow) = day.multipliedReportingOverflow(by: 86_400)
    guard !overflow, let midnight = Timestamp.normalized(seconds: seconds, nanos: 0) else {
      throw .timestampOutOfRange
    }
    return .timestamp(midnight)
  }

  /// A timestamp argument, or RFC 3339 text read as one.
  private static func timestamp(_ value: Value, _ function: String) throws(EvalError) -> Timestamp {
    switch value {
    case .timestamp(let timestamp):
      return timestamp
    case .string(let text):
      guard let timestamp = Timestamp(rfc3339: text) else { throw .unreadableTimestamp(text) }
      return timestamp
    default:
      throw .noSuchOverload(function, [value])
    }
  }

  /// Whether an amount is negative (and not zero once rounded), and its magnitude rounded to cents:
  /// the whole units' decimal digits and the cents. Every `int` and finite `double` has them, up to
  /// ±9.2e18 and beyond, so that a snapshot's extreme amounts still print.
  private static func parts(_ amount: Value) throws(EvalError) -> (
    negative: Bool, whole: String, cents: Int64
  ) {
    switch amount {
    case .int(let units):
      return (units < 0, String(units.magnitude), 0)
    case .double(let units):
      guard units.isFinite else { throw .amountNotFinite(units.isNaN ? "NaN" : units < 0 ? "-Inf" : "+Inf") }
      if let cents = roundedCents(units) {
        return (units < 0 && cents != 0, String(cents / 100), Int64(cents % 100))
      }
      // Past 9.2e16 units a double has no fraction: its shortest digits, then zeros, are the units.
      let (digits, point) = DoubleText.shortestDigits(units)
      guard point >= digits.count else { throw .amountOutOfRange(String(units)) }
      let whole = digits.map { String($0) }.joined() + String(repeating: "0", count: point - digits.count)
      return (units < 0, whole, 0)
    default:
      throw .noSuchOverload("money", [amount])
    }
  }

  /// The magnitude of a finite amount in cents, or nil past `Int64.max`.
  ///
  /// It is rounded from the amount's shortest decimal digits, the ones a rule or snapshot writes,
  /// so that `1.005` is `1.01`: the nearest double to `1.005` is a little below it.
  private static func roundedCents(_ units: Double) -> UInt64? {
    // The magnitude is 0.d1d2d3… × 10^point: the cents are its first `point + 2` digits.
    let (digits, point) = DoubleText.shortestDigits(units)
    let kept = point + 2
    var cents: Int64 = 0
    for index in 0..<max(kept, 0) {
      let digit = index < digits.count ? Int64(digits[index]) : 0
      let (scaled, overflow) = cents.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = scaled.addingReportingOverflow(digit)
      guard !overflow, !overflow2 else { return nil }
      cents = sum
    }
    if kept >= 0, kept < digits.count, digits[kept] >= 5 {
      let (sum, overflow) = cents.addingReportingOverflow(1)
      guard !overflow else { return nil }
      cents = sum
    }
    return cents.magnitude
  }

  /// `1,234,567`.
  private static func grouped(_ digits: String) -> String {
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  /// `number` (not negative) in decimal with leading zeros up to `width` digits.
  private static func padded(_ number: Int64, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private static func name(_ names: [String], _ index: Int64) -> String {
    names.indices.contains(Int(index)) ? names[Int(index)] : String(index)
  }

  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
}

// The messages, gathered in one place.
extension EvalError {
  fileprivate static func unreadableTimestamp(_ text: String) -> EvalError {
    EvalError("range error: cannot parse '\(text)' as an RFC 3339 timestamp between years 1 and 9999")
  }

  fileprivate static func amountNotFinite(_ amount: String) -> EvalError {
    EvalError("range error: money() cannot write \(amount)")
  }

  fileprivate static func amountOutOfRange(_ amount: String) -> EvalError {
    EvalError("range error: money() cannot write \(amount): its cents do not fit in 64 bits")
  }

  fileprivate static func daysOutOfRange(_ count: Int64) -> EvalError {
    EvalError("range error: days(\(count)) is out of a duration's range (about ±106,751 days)")
  }

  fileprivate static let timestampOutOfRange = EvalError("range error: timestamp out of range")
  fileprivate static let timesTooFarApart = EvalError("range error: the timestamps are too far apart")

  fileprivate static func noSuchOverload(_ function: String, _ arguments: [Value]) -> EvalError {
    let kinds = arguments.map(\.kind.typeName).joined(separator: ", ")
    return EvalError("no such overload: \(function)(\(kinds))")
  }
}
