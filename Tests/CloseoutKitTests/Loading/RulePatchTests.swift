import Testing

@testable import CloseoutKit

/// A later layer changes a rule with `- patch: ID` and only the keys that change.
@Suite struct RulePatchTests {
  private static let base = Fixtures.stepsAndRules(
    """
      - id: big
        step: a
        severity: blocker
        title: Too big
        let: {limit: "3"}
        when: size(tasks) > limit
        message: "{{ size(tasks) }} tasks"
    """)

  /// The rule set of the base layer and `team`, or the summaries of its problems.
  private func load(_ team: String) -> (RuleSet?, [String]) {
    Fixtures.layered([("base/r.yaml", Self.base), ("team/r.yaml", team)])
  }

  private func fired(_ set: RuleSet, taskCount: Int) throws -> [String] {
    let tasks = (0..<taskCount).map { "  - {id: t\($0), title: T, status: open}" }.joined(separator: "\n")
    let snapshot = try Fixtures.snapshot(Fixtures.minimalSnapshot() + "tasks:\n" + tasks + "\n")
    return Engine(ruleSet: set).check(snapshot).steps.flatMap(\.findings).map(\.rule)
  }

  @Test func aPatchChangesOnlyTheKeysItGivesAndKeepsThePlace() throws {
    let (set, problems) = load(
      """
      rules:
        - patch: big
          severity: advice
          let: {limit: "1"}
      """)
    #expect(problems == [])
    let rule = try #require(set?.rules.first)
    #expect(set?.rules.count == 1)
    #expect(rule.severity == .advice && rule.title == "Too big" && rule.step == "a")
    #expect(try fired(#require(set), taskCount: 2) == ["big"])
    #expect(rule.id.location.file == "base/r.yaml")
    #expect(rule.patches.map { "\($0.file):\($0.line)" } == ["team/r.yaml:2"])
  }

  @Test func originalWhenIsTheRulesOwnCondition() throws {
    let (set, problems) = load(
      """
      rules:
        - patch: big
          when: original.when && size(tasks) < 6
      """)
    #expect(problems == [])
    let patched = try #require(set)
    #expect(try fired(patched, taskCount: 2) == [])
    #expect(try fired(patched, taskCount: 4) == ["big"])
    #expect(try fired(patched, taskCount: 7) == [])
  }

  @Test func mistakesAreLocated() {
    #expect(
      load("rules:\n  - patch: bgi\n    severity: advice\n").1
        == ["team/r.yaml:2:12: error: there is no rule 'bgi' in an earlier layer to patch"])
    #expect(
      load("rules:\n  - patch: big\n    id: other\n").1
        == ["team/r.yaml:3:5: error: unknown key 'id' in a rule patch"])
  }

  @Test func aConditionIsPatchedInOneLayerOnly() {
    let patch = "rules:\n  - patch: big\n    when: original.when && true\n"
    do {
      _ = try RuleSetLoader.load(layers: [
        [RuleSource(name: "base/r.yaml", bytes: Array(Self.base.utf8))],
        [RuleSource(name: "team/r.yaml", bytes: Array(patch.utf8))],
        [RuleSource(name: "more/r.yaml", bytes: Array(patch.utf8))],
      ])
      Issue.record("a second patch of 'when' must be an error")
    } catch {
      #expect(
        error.diagnostics.map(\.summary) == [
          "more/r.yaml:2:12: error: the rule 'big' has its 'when' patched already"
        ])
    }
  }
}
