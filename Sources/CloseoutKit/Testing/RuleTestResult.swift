/// The outcome of running one case.
public struct RuleTestResult: Sendable {
  /// The case.
  public var testCase: RuleTestCase
  /// What did not go as expected; empty when the case passed.
  public var failures: [RuleTestFailure]
  /// The rules that fired, in checklist order.
  public var fired: [String]
  /// For a failed case, the `let` values and condition of each rule a failure is about.
  public var inspections: [RuleInspection]

  /// Whether every expectation was met.
  public var passed: Bool { failures.isEmpty }
}
