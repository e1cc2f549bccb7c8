/// A proleptic Gregorian date and time of day, as seen at some UTC offset.
public struct CivilTime: Sendable, Equatable {
  /// The year, 1...9999 for a timestamp in CEL's range.
  public var year: Int64
  /// 1...12
  public var month: Int64
  /// 1...31
  public var day: Int64
  /// 0...23
  public var hour: Int64
  /// 0...59
  public var minute: Int64
  /// 0...59
  public var second: Int64
  /// 0 = Sunday.
  public var weekday: Int64
  /// 0-based day within the year.
  public var dayOfYear: Int64

  /// The civil time of `seconds` since the Unix epoch (already shifted by any UTC offset).
  public init(epochSeconds seconds: Int64) {
    let (days, secondOfDay) = Self.floorDivide(seconds, 86_400)
    (year, month, day) = Self.civil(fromDays: days)
    hour = secondOfDay / 3_600
    minute = secondOfDay % 3_600 / 60
    second = secondOfDay % 60
    weekday = Self.floorDivide(days + 4, 7).remainder  // 1970-01-01 was a Thursday
    dayOfYear = days - Self.days(year: year, month: 1, day: 1)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); for dates
  /// a `CivilTime` holds, whose arithmetic cannot overflow.
  public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day count since 1970-01-01.
  static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The number of days in a month of a year.
  static func daysInMonth(year: Int64, month: Int64) -> Int64 {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Division rounding toward negative infinity, with a non-negative remainder.
  static func floorDivide(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    return r < 0 ? (q - 1, r + b) : (q, r)
  }
}
