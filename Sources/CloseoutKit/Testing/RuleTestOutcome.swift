/// How a rule test run came out, which the command line maps to an exit status.
public enum RuleTestOutcome: Sendable, Equatable {
  /// Every case passed, with enough coverage.
  case passed
  /// A case failed, or coverage is below the minimum asked for.
  case failed
  /// A test file, a snapshot it names or the rules have a problem.
  case broken

  /// The outcome of `results` of `suite`, with `coverage` against `minimumCoverage`.
  public init(
    suite: RuleTestSuite, results: [RuleTestResult], coverage: RuleCoverage?, minimumCoverage: Double?
  ) {
    if !suite.diagnostics.isEmpty {
      self = .broken
    } else if results.contains(where: { !$0.passed }) {
      self = .failed
    } else if let minimumCoverage, let coverage, coverage.percent < minimumCoverage {
      self = .failed
    } else {
      self = .passed
    }
  }
}
