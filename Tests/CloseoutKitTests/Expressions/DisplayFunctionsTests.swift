import CEL
import Testing

@testable import CloseoutKit

/// Compiles and evaluates expressions in the environment every rule compiles in.
private enum RuleExpression {
  static let environment = SnapshotEnvironment(lists: [:], schema: nil).environment

  /// The value of `source` with `as_of` and `contract` bound as a snapshot might bind them.
  static func evaluate(_ source: String) throws -> Value {
    let program = try environment.compile(source)
    let activation = Activation(environment: environment)
    activation.set("as_of", .string("2026-11-20T10:00:00Z"))
    activation.set(
      "contract",
      .map(
        MapValue(stringKeyed: [
          ("amount", .double(2400)), ("currency", .string("eur")), ("deposit", .int(-350)),
          ("note", .null), ("due", .timestamp(Timestamp(seconds: 1_798_707_600))),
        ])))
    return try program.evaluate(activation)
  }

  /// The text `source` evaluates to; an issue when it fails or is not a string.
  static func text(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    do {
      guard case .string(let text) = try evaluate(source) else {
        Issue.record("\(source) is not a string", sourceLocation: sourceLocation)
        return nil
      }
      return text
    } catch {
      Issue.record("\(source) failed: \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  /// The message of the error `source` fails with, or nil when it succeeds.
  static func error(_ source: String) -> String? {
    do {
      _ = try evaluate(source)
      return nil
    } catch let error as EvalError {
      return error.message
    } catch {
      return "\(error)"
    }
  }
}

@Suite struct DisplayFunctionsTests {
  @Test(arguments: [
    ("date(timestamp('2026-12-03T17:00:00Z'))", "Thu 3 Dec 2026, 17:00 UTC"),
    ("date('2026-12-02T17:00:59.999Z')", "Wed 2 Dec 2026, 17:00 UTC"),
    ("date(as_of)", "Fri 20 Nov 2026, 10:00 UTC"),
    ("date(timestamp(as_of))", "Fri 20 Nov 2026, 10:00 UTC"),
    ("date(contract.due)", "Thu 31 Dec 2026, 09:00 UTC"),
    // Offsets are converted to UTC, across a day and a year boundary.
    ("date('2027-01-01T01:30:00+02:00')", "Thu 31 Dec 2026, 23:30 UTC"),
    ("date('2024-02-29T00:05:00Z')", "Thu 29 Feb 2024, 00:05 UTC"),
    ("date('0001-01-01T00:00:00Z')", "Mon 1 Jan 0001, 00:00 UTC"),
    ("date('9999-12-31T23:59:59Z')", "Fri 31 Dec 9999, 23:59 UTC"),
  ])
  func writesDates(source: String, expected: String) {
    #expect(RuleExpression.text(source) == expected)
  }

  @Test(arguments: [
    // The same UTC day: minutes, then whole hours (truncated).
    ("2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z", "now"),
    ("2026-11-20T10:00:59Z", "2026-11-20T10:00:00Z", "now"),
    ("2026-11-20T09:59:00.5Z", "2026-11-20T10:00:00Z", "now"),
    ("2026-11-20T10:01:00Z", "2026-11-20T10:00:00Z", "in 1 minute"),
    ("2026-11-20T10:05:30Z", "2026-11-20T10:00:00Z", "in 5 minutes"),
    ("2026-11-20T09:55:00Z", "2026-11-20T10:00:00Z", "5 minutes ago"),
    ("2026-11-20T10:59:59Z", "2026-11-20T10:00:00Z", "in 59 minutes"),
    ("2026-11-20T11:00:00Z", "2026-11-20T10:00:00Z", "in 1 hour"),
    ("2026-11-20T06:01:00Z", "2026-11-20T10:00:00Z", "3 hours ago"),
    ("2026-11-20T23:59:59Z", "2026-11-20T00:00:00Z", "in 23 hours"),
    // Another day: counted in calendar days, however few hours apart.
    ("2026-11-21T00:00:00Z", "2026-11-20T23:59:00Z", "tomorrow"),
    ("2026-11-21T23:59:00Z", "2026-11-20T00:00:00Z", "tomorrow"),
    ("2026-11-19T23:59:59Z", "2026-11-20T00:00:00Z", "yesterday"),
    ("2026-11-22T00:00:00Z", "2026-11-20T23:00:00Z", "in 2 days"),
    ("2026-12-03T00:00:00Z", "2026-11-20T10:00:00Z", "in 13 days"),
    ("2026-11-14T23:00:00Z", "2026-11-20T10:00:00Z", "6 days ago"),
    ("2027-01-01T00:00:00+01:00", "2026-12-31T12:00:00Z", "in 11 hours"),
    ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "3652058 days ago"),
  ])
  func writesDistancesInTime(moment: String, now: String, expected: String) {
    #expect(RuleExpression.text("ago('\(moment)', '\(now)')") == expected)
    #expect(RuleExpression.text("ago(timestamp('\(moment)'), timestamp('\(now)'))") == expected)
  }

  @Test func acceptsTimestampsAndTextTogether() {
    #expect(RuleExpression.text("ago(contract.due, as_of)") == "in 41 days")
    #expect(RuleExpression.text("ago(as_of, contract.due)") == "41 days ago")
    #expect(RuleExpression.text("ago(timestamp(as_of) + duration('90m'), as_of)") == "in 1 hour")
  }

  @Test(arguments: [
    ("money(2400.0, 'EUR')", "€2,400.00"),
    ("money(2400, 'gbp')", "£2,400.00"),
    ("money(2400, 'usd')", "2,400.00 USD"),
    ("money(2400.5, 'chf')", "2,400.50 CHF"),
    ("money(2400, '')", "2,400.00"),
    // Amounts whose cents do not fit in 64 bits still print, as a schema-valid snapshot may hold them.
    ("money(9223372036854775807, 'EUR')", "€9,223,372,036,854,775,807.00"),
    ("money(-9223372036854775807 - 1, 'EUR')", "-€9,223,372,036,854,775,808.00"),
    ("money(92233720368547759)", "92,233,720,368,547,759.00"),
    ("money(1e17, 'EUR')", "€100,000,000,000,000,000.00"),
    ("money(92233720368547758.07)", "92,233,720,368,547,760.00"),
    ("money(-9.223372036854776e18, 'usd')", "-9,223,372,036,854,776,000.00 USD"),
    ("money(2400, null)", "2,400.00"),
    ("money(2400)", "2,400.00"),
    ("money(0)", "0.00"),
    ("money(999.999)", "1,000.00"),
    ("money(1234567.891)", "1,234,567.89"),
    ("money(100000)", "100,000.00"),
    ("money(92233720368547758)", "92,233,720,368,547,758.00"),
    ("money(9.2e16)", "92,000,000,000,000,000.00"),
    // Negative amounts: the minus sign comes first.
    ("money(-2400, 'EUR')", "-€2,400.00"),
    ("money(-3.5, 'GBP')", "-£3.50"),
    ("money(-1234.5, 'USD')", "-1,234.50 USD"),
    ("money(-0.004)", "0.00"),
    ("money(-0.0)", "0.00"),
    // Half a cent rounds away from zero, as the amount is written.
    ("money(0.005)", "0.01"),
    ("money(-0.005)", "-0.01"),
    ("money(0.0049)", "0.00"),
    ("money(1.005)", "1.01"),
    ("money(2.675)", "2.68"),
    ("money(-2.675)", "-2.68"),
    ("money(2.665)", "2.67"),
    ("money(1e-300)", "0.00"),
    ("money(1.5e9)", "1,500,000,000.00"),
    // From a snapshot.
    ("money(contract.amount, contract.currency)", "€2,400.00"),
    ("money(contract.deposit, contract.currency)", "-€350.00"),
    ("money(contract.amount, contract.note)", "2,400.00"),
    ("money([1.25, 2.5].sum(), 'EUR')", "€3.75"),
  ])
  func writesMoney(source: String, expected: String) {
    #expect(RuleExpression.text(source) == expected)
  }

  @Test(arguments: [
    ("days(14) == duration('336h')", true),
    ("days(0) == duration('0s')", true),
    ("days(-1) == duration('-24h')", true),
    ("timestamp(as_of) + days(13) == timestamp('2026-12-03T10:00:00Z')", true),
    ("days(106751) > duration('0s')", true),
    ("days(-106751) < duration('0s')", true),
    ("startOfDay('2026-12-03T17:45:12.5Z') == timestamp('2026-12-03T00:00:00Z')", true),
    ("startOfDay(timestamp('2026-12-03T00:00:00Z')) == timestamp('2026-12-03T00:00:00Z')", true),
    ("startOfDay('2026-12-03T01:00:00+02:00') == timestamp('2026-12-02T00:00:00Z')", true),
    ("startOfDay('1969-12-31T23:59:59Z') == timestamp('1969-12-31T00:00:00Z')", true),
    ("startOfDay('0001-01-01T12:00:00Z') == timestamp('0001-01-01T00:00:00Z')", true),
    ("startOfDay(as_of) + days(13) == timestamp('2026-12-03T00:00:00Z')", true),
    ("timestamp(as_of) - startOfDay(as_of) == duration('10h')", true),
  ])
  func doesDateArithmetic(source: String, expected: Bool) throws {
    let value = try RuleExpression.evaluate(source)
    #expect(value.boolValue == expected, "\(source) = \(value)")
  }

  @Test(arguments: [
    (
      "date('2026-12-03')",
      "range error: cannot parse '2026-12-03' as an RFC 3339 timestamp between years 1 and 9999"
    ),
    (
      "date('2026-02-30T00:00:00Z')",
      "range error: cannot parse '2026-02-30T00:00:00Z' as an RFC 3339 timestamp between years 1 and 9999"
    ),
    (
      "ago('soon', as_of)",
      "range error: cannot parse 'soon' as an RFC 3339 timestamp between years 1 and 9999"
    ),
    ("ago(as_of, '')", "range error: cannot parse '' as an RFC 3339 timestamp between years 1 and 9999"),
    (
      "startOfDay('10000-01-01T00:00:00Z')",
      "range error: cannot parse '10000-01-01T00:00:00Z' as an RFC 3339 timestamp between years 1 and 9999"
    ),
    ("days(106752)", "range error: days(106752) is out of a duration's range (about ±106,751 days)"),
    (
      "days(-9223372036854775807)",
      "range error: days(-9223372036854775807) is out of a duration's range (about ±106,751 days)"
    ),
    ("money(0.0 / 0.0)", "range error: money() cannot write NaN"),
    ("money(1.0 / 0.0, 'EUR')", "range error: money() cannot write +Inf"),
    ("money(-1.0 / 0.0)", "range error: money() cannot write -Inf"),
    ("money(contract.amount, contract.deposit)", "no such overload: money(double, int)"),
    ("date(contract.amount)", "no such overload: date(double)"),
  ])
  func failsWithoutTrapping(source: String, expected: String) {
    #expect(RuleExpression.error(source) == expected)
  }

  @Test(arguments: [
    ("date(timestamp(as_of))", CELType.string),
    ("date(as_of)", .string),
    ("ago(as_of, as_of)", .string),
    ("money(1.5, 'EUR')", .string),
    ("money(contract.amount)", .string),
    ("days(14)", .duration),
    ("startOfDay(as_of)", .timestamp),
    ("startOfDay(as_of) + days(14)", .timestamp),
  ])
  func checksResultTypes(source: String, expected: CELType) throws {
    #expect(try RuleExpression.environment.deducedType(of: source) == expected)
  }

  @Test(arguments: [
    "date(1)", "days(1.5)", "days('1')", "money('12')", "money(1, 2)", "ago(as_of)", "startOfDay(1)",
    "as_of.date()",
  ])
  func rejectsOtherArgumentsWhenRulesCompile(source: String) {
    #expect(throws: CompileError.self) { try RuleExpression.environment.compile(source) }
  }
}

@Suite struct DisplayFunctionsInRulesTests {
  @Test func ruleMessagesUseThem() throws {
    let rules = """
        - id: r
          step: a
          severity: advice
          title: T
          when: "startOfDay(as_of) + days(13) > timestamp(as_of)"
          message: "Due {{ date(startOfDay(as_of) + days(13)) }} ({{ ago(startOfDay(as_of) + days(13), as_of) }}): {{ money(2400, 'eur') }}"
      """
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    let checklist = Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
    #expect(checklist.errors.map(\.summary) == [])
    #expect(
      checklist.steps[0].findings.first?.message == "Due Thu 3 Dec 2026, 00:00 UTC (in 13 days): €2,400.00")
  }
}
