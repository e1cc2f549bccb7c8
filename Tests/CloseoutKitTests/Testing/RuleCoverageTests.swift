import Testing

@testable import CloseoutKit

/// A rule is covered when one case expects it to fire and another expects it to stay silent.
@Suite struct RuleCoverageTests {
  @Test func coverageCountsFiringAndSilentExpectations() throws {
    let suite = try RuleTestSupport.suite(
      """
      snapshot: snapshots/s.yaml
      cases:
        - {name: a, fires: [open-tasks]}
        - {name: b, patch: {tasks: []}, silent: [open-tasks]}
        - {name: c, messages: {say-thanks: No message}}
      """)
    let coverage = RuleCoverage(ruleSet: try RuleTestSupport.ruleSet(), cases: suite.cases)
    #expect(coverage.rules == ["open-tasks", "say-thanks"])
    #expect(coverage.neverFires == [])
    #expect(coverage.neverSilent == ["say-thanks"])
    #expect(coverage.covered == 1)
    #expect(coverage.percent == 50)
    let results = RuleTestRunner(ruleSet: try RuleTestSupport.ruleSet()).run(suite.cases)
    #expect(
      RuleTestTextReporter().render(results, coverage: coverage) == """
        ✓ rules/tests/t.yaml: a
        ✓ rules/tests/t.yaml: b
        ✓ rules/tests/t.yaml: c
        coverage: 1 of 2 rules have a firing and a silent case (50%)
          no case keeps these silent: say-thanks
        3 passed, 0 failed

        """)
  }

  @Test func noCasesCoverNothing() throws {
    let coverage = RuleCoverage(ruleSet: try RuleTestSupport.ruleSet(), cases: [])
    #expect(coverage.neverFires == ["open-tasks", "say-thanks"])
    #expect(coverage.percent == 0)
    #expect(RuleTestTextReporter.percent(200.0 / 3) == "66.6%")
  }
}
