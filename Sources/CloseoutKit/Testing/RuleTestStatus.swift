/// The exit status of a rule test run.
public enum RuleTestStatus {
  /// 2 when a test file, a snapshot it names or the rules have a problem; else 1 when a case failed
  /// or coverage is below `minimumCoverage`; else 0.
  public static func exitStatus(
    suite: RuleTestSuite, results: [RuleTestResult], coverage: RuleCoverage?, minimumCoverage: Double?
  ) -> ExitStatus {
    if !suite.diagnostics.isEmpty { return .error }
    if results.contains(where: { !$0.passed }) { return .findings }
    if let minimumCoverage, let coverage, coverage.percent < minimumCoverage { return .findings }
    return .success
  }
}
