import CEL
import Testing

@testable import CloseoutKit

/// The snapshot's variables come from the schema: a section a team declares is a variable, one
/// it does not is not, and the built-in format names the sections the default rules declare.
@Suite struct SnapshotEnvironmentTests {
  private let schema = """
    schema:
      type: object
      properties:
        contract: {type: object, properties: {id: {type: string}}}
        priorities: {type: [array, "null"], items: {type: string}}
    """

  private func rules(when condition: String) -> String {
    Fixtures.stepsAndRules(
      "  - {id: r, step: a, severity: advice, title: T, when: \"\(condition)\", message: M}\n")
  }

  @Test func aDeclaredSectionIsAVariableBoundFromTheSnapshot() throws {
    let ruleSet = try Fixtures.ruleSet([
      ("schema.yaml", schema), ("r.yaml", rules(when: "priorities != null && 'speed' in priorities")),
    ])
    #expect(ruleSet.snapshotEnvironment.sections == ["contract", "priorities"])
    let snapshot = try SnapshotLoader.load(
      Array("contract: {id: c}\npriorities: [speed]\n".utf8), file: "s.yaml", schema: ruleSet.schema)
    #expect(Engine(ruleSet: ruleSet).check(snapshot).steps[0].findings.map(\.rule) == ["r"])
  }

  @Test func aSectionTheSchemaDoesNotDeclareIsNoVariable() {
    let problems = Fixtures.loadProblems([("schema.yaml", schema), ("r.yaml", rules(when: "tasks == null"))])
    #expect(problems.first?.hasSuffix("error: undeclared reference to 'tasks'") == true)
  }

  @Test func withoutASchemaTheBuiltInFormatNamesTheSectionsOfTheDefaultRules() throws {
    let shipped = try #require(try RuleSetLoader.loadDefault().schema)
    #expect(
      Set(SnapshotEnvironment(lists: [:], schema: nil).sections)
        == Set(SnapshotEnvironment(lists: [:], schema: shipped).sections))
  }
}
