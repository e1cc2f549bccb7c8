import CEL
import Testing

@testable import CloseoutKit

/// Each rule runs within the rule set's evaluation limits on each snapshot: a runaway rule is a
/// located rule error with its own hint, and the rules after it still run.
@Suite struct EvaluationLimitsTests {
  private func check(_ rules: String, limits: EvaluationLimits) throws -> Checklist {
    var set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    set.limits = limits
    return Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
  }

  @Test func aRuleOverItsBudgetIsARuleErrorAndTheNextRuleStillRuns() throws {
    let checklist = try check(
      """
        - {id: runaway, step: a, severity: blocker, title: T, when: "[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, a + b > 0))", message: M}
        - {id: after, step: a, severity: advice, title: T, when: "true", message: M}
      """, limits: EvaluationLimits(cost: 50))
    #expect(checklist.errors.count == 1)
    let error = try #require(checklist.errors.first)
    #expect(
      error.summary.hasPrefix(
        "r.yaml:6:")
        && error.summary.hasSuffix(
          "rule 'runaway' could not be evaluated on snapshot.yaml: evaluation cost exceeded the limit of 50 units"
        ))
    #expect(error.hint?.hasPrefix("the expression does too much work on this snapshot") == true)
    #expect(checklist.steps[0].findings.map(\.rule) == ["after"])
  }

  @Test func eachRuleHasABudgetOfItsOwn() throws {
    // Each rule alone fits in the budget; together they would not.
    let rule = #"when: "[1,2,3,4,5,6,7,8,9,10].all(a, a > 0)", message: M}"#
    let checklist = try check(
      """
        - {id: one, step: a, severity: advice, title: T, \(rule)
        - {id: two, step: a, severity: advice, title: T, \(rule)
        - {id: three, step: a, severity: advice, title: T, \(rule)
      """, limits: EvaluationLimits(cost: 60))
    #expect(checklist.errors.isEmpty)
    #expect(checklist.steps[0].findings.count == 3)
  }

  @Test func anAbsorbedLimitErrorStillFailsTheRule() throws {
    let checklist = try check(
      """
        - {id: absorbed, step: a, severity: advice, title: T, when: "[1,2,3,4,5,6,7,8,9,10].exists(a, [1,2,3,4,5,6,7,8,9,10].exists(b, a + b < 0)) || true", message: M}
      """, limits: EvaluationLimits(cost: 50))
    #expect(
      checklist.errors.map(\.message).first?.contains("evaluation cost exceeded the limit of 50 units")
        == true)
    #expect(checklist.steps[0].findings.isEmpty)
  }

  @Test func aValueInAMessageIsCutAtTheDisplayLimit() {
    let long = Value.list((0..<100_000).map { .string("item \($0)") })
    let text = ValueText.display(long)
    #expect(text.utf8.count <= ValueText.displayLimit + "…".utf8.count)
    #expect(text.hasPrefix("item 0, item 1, item 2"))
    #expect(text.hasSuffix("…"))
    #expect(ValueText.display(.list([.string("a"), .int(2)])) == "a, 2")
  }
}
