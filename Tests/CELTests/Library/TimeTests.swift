import CEL
import Testing

@Suite("Timestamps and durations")
struct TimeTests {
  @Test(arguments: [
    ("timestamp('2009-02-13T23:31:30Z').getFullYear()", Value.int(2009)),
    ("timestamp('2009-02-13T23:31:30Z').getMonth()", .int(1)),
    ("timestamp('2009-02-13T23:31:30Z').getDate()", .int(13)),
    ("timestamp('2009-02-13T23:31:30Z').getDayOfMonth()", .int(12)),
    ("timestamp('2009-02-13T23:31:30Z').getDayOfYear()", .int(43)),
    ("timestamp('2009-02-13T23:31:30Z').getDayOfWeek()", .int(5)),
    ("timestamp('2009-02-13T23:31:30.123456Z').getMilliseconds()", .int(123)),
    ("timestamp('2009-02-13T23:31:30Z').getHours('Australia/Sydney')", .int(10)),
    ("timestamp('2009-02-13T23:31:30Z').getMinutes('+05:30')", .int(1)),
    ("timestamp('2009-02-13T02:00:00Z').getDayOfMonth('-02:30')", .int(11)),
    ("timestamp('2009-07-01T12:00:00Z').getHours('Europe/Berlin')", .int(14)),
    ("timestamp('2009-01-01T12:00:00Z').getHours('Europe/Berlin')", .int(13)),
    ("timestamp('2024-02-29T00:00:00Z').getDayOfYear()", .int(59)),
    ("timestamp('0001-01-01T00:00:00Z').getDayOfWeek()", .int(1)),
    ("timestamp('1969-12-31T23:59:59Z').getFullYear()", .int(1969)),
    ("duration('3730s').getHours()", .int(1)),
    ("duration('3730s').getMinutes()", .int(62)),
    ("duration('-1.5s').getSeconds()", .int(-1)),
    ("duration('1.234s').getMilliseconds()", .int(234)),
    ("duration('1h2m3.5s') == duration('3723500ms')", .bool(true)),
    ("duration('1us') + duration('1µs') == duration('2000ns')", .bool(true)),
    ("timestamp('2009-02-13T23:00:00Z') + duration('1h') == timestamp('2009-02-14T00:00:00Z')", .bool(true)),
    (
      "timestamp('2009-02-13T23:00:00Z') - timestamp('2009-02-13T22:00:00.5Z')",
      .duration(Duration(nanoseconds: 3_599_500_000_000))
    ),
    (
      "timestamp('2009-02-13T23:00:00Z') - duration('-1.5s')",
      .timestamp(Timestamp(seconds: 1_234_566_001, nanos: 500_000_000))
    ),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("timestamp('9999-12-31T23:59:59.999999999Z') + duration('1ns')", "range error"),
    ("timestamp('0001-01-01T00:00:00Z') - duration('1ns')", "range error"),
    ("timestamp('9999-12-31T23:59:59Z') - timestamp('0001-01-01T00:00:00Z')", "range error"),
    ("duration('10000000000s')", "range error"),
    ("duration('5000000000s') + duration('5000000000s')", "range error"),
    ("timestamp(0).getHours('Mars/Olympus')", "unknown time zone 'Mars/Olympus'"),
    ("timestamp(0).getHours(dyn('nowhere'))", "unknown time zone 'nowhere'"),
    ("timestamp('2009-02-13 23:31:30Z')", "range error"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }

  @Test func parsesAndPrintsRFC3339() throws {
    let text = "2009-02-13T23:31:30.000123Z"
    let timestamp = try #require(Timestamp(rfc3339: text))
    #expect(timestamp == Timestamp(seconds: 1_234_567_890, nanos: 123_000))
    #expect(timestamp.rfc3339 == text)
    let eastern = try #require(Timestamp(rfc3339: "2009-02-13T23:31:30+14:00"))
    #expect(eastern.seconds == 1_234_517_490)
    #expect(Timestamp(rfc3339: "2009-02-30T00:00:00Z") == nil)
    #expect(Timestamp(rfc3339: "2009-02-13T23:31:30.1234567891Z") == nil)
  }

  @Test(arguments: [
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "0999-03-04T05:06:07.5Z",
    "1970-01-01T00:00:00.000000001Z", "2026-11-27T10:00:00.12Z",
  ])
  func printsEveryFieldAtItsWidth(_ text: String) throws {
    #expect(try #require(Timestamp(rfc3339: text)).rfc3339 == text)
  }

  @Test func parsesAndPrintsDurations() {
    #expect(Duration(text: "1.5h")?.nanoseconds == 5_400_000_000_000)
    #expect(Duration(text: "-0.25s")?.text == "-0.25s")
    #expect(Duration(text: "0")?.text == "0s")
    #expect(Duration(text: "1.000000001s")?.nanoseconds == 1_000_000_001)
    #expect(Duration(text: "1") == nil)
    #expect(Duration(text: "") == nil)
    #expect(Duration(text: "1s2") == nil)
  }
}
