/// Rule test results as JSON (version 1): each case with its failures, the coverage when asked
/// for, the problems that kept cases from running, and the counts.
public struct RuleTestJSONReporter: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The whole report, ending with a newline.
  public func render(_ results: [RuleTestResult], suite: RuleTestSuite, coverage: RuleCoverage? = nil)
    -> String
  {
    let failed = results.filter { !$0.passed }.count
    var members: [(String, JSONValue)] = [
      ("version", .int(1)),
      ("cases", .array(results.map(caseValue))),
      ("errors", .array(suite.diagnostics.map(diagnosticValue))),
      ("passed", .int(results.count - failed)),
      ("failed", .int(failed)),
    ]
    if let coverage {
      members.append(
        (
          "coverage",
          .object([
            ("rules", .int(coverage.rules.count)), ("covered", .int(coverage.covered)),
            ("percent", .double(coverage.percent)),
            ("never_fires", .array(coverage.neverFires.map(JSONValue.string))),
            ("never_silent", .array(coverage.neverSilent.map(JSONValue.string))),
          ])
        ))
    }
    return JSONValue.object(members).rendered() + "\n"
  }

  private func caseValue(_ result: RuleTestResult) -> JSONValue {
    .object([
      ("file", .string(result.testCase.file)),
      ("line", .int(result.testCase.name.location.line)),
      ("name", .string(result.testCase.name.value)),
      ("passed", .bool(result.passed)),
      ("failures", .array(result.failures.map { .string($0.description) })),
      ("fired", .array(result.fired.map(JSONValue.string))),
      (
        "lets",
        .object(
          result.inspections.map { inspection in
            (
              inspection.rule,
              .object(
                inspection.lets.map { ($0.name, .string($0.value)) } + [
                  ("when", .string(inspection.condition))
                ])
            )
          })
      ),
    ])
  }

  private func diagnosticValue(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("file", JSONValue.optional(diagnostic.location?.file)),
      ("line", diagnostic.location.map { .int($0.line) } ?? .null),
      ("column", diagnostic.location.map { .int($0.column) } ?? .null),
      ("message", .string(diagnostic.message)),
    ])
  }
}
