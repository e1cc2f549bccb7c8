import CEL
import Testing

@testable import CloseoutKit

/// The static cost check: a rule whose estimate, on snapshots within the schema's sizes, is over
/// the cost limit is a lint error at its costliest expression.
@Suite struct CostCheckTests {
  private func problems(_ rules: String, limits: EvaluationLimits = .default) throws -> [String] {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    return CostCheck.problems(in: set, limits: limits).map(\.summary)
  }

  @Test func threeNestedLoopsOverUnboundedListsAreOverTheBudget() throws {
    let found = try problems(
      """
        - id: cubic
          step: a
          severity: advice
          title: T
          let:
            ts: "tasks == null ? [] : tasks"
          when: "ts.exists(a, ts.exists(b, ts.exists(c, a.title == b.title && b.title == c.title)))"
          message: M
      """)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("r.yaml:12:12: error: rule 'cubic' may cost up to ") == true)
    #expect(found.first?.hasSuffix("units on one snapshot, over the limit of 100000000") == true)
  }

  @Test func oneLoopIsWithinTheBudget() throws {
    #expect(
      try problems(
        """
          - {id: linear, step: a, severity: advice, title: T, when: "tasks != null && tasks.exists(t, t.title == 'x')", message: M}
        """
      ).isEmpty)
  }

  @Test func theLimitComesFromTheConfiguration() throws {
    let rule = """
        - {id: linear, step: a, severity: advice, title: T, when: "tasks != null && tasks.exists(t, t.title == 'x')", message: M}
      """
    #expect(try problems(rule, limits: EvaluationLimits(cost: 100)).count == 1)
  }

  @Test func aSharedLetCountsForTheRulesThatUseIt() throws {
    let set = try Fixtures.ruleSet([
      (
        "r.yaml",
        """
        let:
          ts: "tasks == null ? [] : tasks"
          pairs: "ts.exists(a, ts.exists(b, a.title == b.title))"
        """ + "\n"
          + Fixtures.stepsAndRules(
            """
              - {id: uses, step: a, severity: advice, title: T, when: "pairs", message: M}
              - {id: not-using, step: a, severity: advice, title: T, when: "ts.size() > 2", message: M}
            """)
      )
    ])
    let found = CostCheck.problems(in: set, limits: EvaluationLimits(cost: 50_000)).map(\.summary)
    #expect(found.count == 1)
    #expect(found.first?.contains("rule 'uses' may cost up to") == true)
  }

  @Test func theBuiltInRulesAloneAreNotEstimatedAgainUnlessTheLimitIsLower() throws {
    var rules = ConfiguredRuleSet(unconfigured: try RuleSetLoader.loadDefault())
    let builtIn = RuleSelection(includesDefaultRules: true, directories: [])
    #expect(rules.costProblems(selected: builtIn).isEmpty)
    #expect(rules.costProblems.isEmpty)
    rules.effective.limits = EvaluationLimits(cost: 1_000)
    #expect(!rules.costProblems(selected: builtIn).isEmpty)
    rules.effective.limits = .default
    #expect(
      rules.costProblems(selected: RuleSelection(includesDefaultRules: true, directories: ["team"])).isEmpty)
  }
}
