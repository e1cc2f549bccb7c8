import Testing

@testable import CloseoutKit

@Suite struct RuleListingTests {
  private func listing(_ config: String?) throws -> RuleListing {
    let set = try Fixtures.ruleSet([
      (
        "rules/r.yaml",
        Fixtures.stepsAndRules(
          """
            - {id: agree, step: a, severity: warning, title: T, when: "true", message: M}
            - {id: handover-notes, step: b, severity: blocker, title: T, when: "true", message: M}
            - {id: reflect, step: a, severity: advice, title: T, when: "true", message: M}
          """)
      )
    ])
    let selection = RuleSelection(includesDefaultRules: false, directories: ["rules"])
    guard let config else {
      return RuleListing(rules: ConfiguredRuleSet(unconfigured: set), selection: selection)
    }
    let configuration = try ConfigurationLoader.load(Array(config.utf8), file: ".closeout.yaml")
    return RuleListing(rules: try configuration.apply(to: set), selection: selection)
  }

  @Test func textShowsStepsRulesChangesAndPlaces() throws {
    let text = try listing("disable: [reflect]\nseverity: {agree: blocker}\n").text()
    #expect(
      text == """
        rules: rules
        configuration: .closeout.yaml

        1. a: Step A (rules/r.yaml:2)
           agree           blocker (was warning)  rules/r.yaml:6
           reflect         advice, disabled       rules/r.yaml:8

        2. b: Step B (rules/r.yaml:3)
           handover-notes  blocker                rules/r.yaml:7

        3. c: Step C (rules/r.yaml:4)

        3 rules: 2 enabled, 1 disabled, 1 with a changed severity

        """)
  }

  @Test func withoutConfigurationNothingIsMarked() throws {
    let text = try listing(nil).text()
    #expect(text.hasPrefix("rules: rules\nconfiguration: none\n"))
    #expect(text.contains("   agree           warning  rules/r.yaml:6\n"))
    #expect(text.hasSuffix("3 rules: 3 enabled, 0 disabled, 0 with a changed severity\n"))
  }

  @Test func jsonHasOneObjectPerStepAndRule() throws {
    let json = try listing("disable: [reflect]\nseverity: {agree: blocker}\n").json()
    #expect(
      json.hasPrefix(
        "{\n  \"version\": 1,\n  \"configuration\": \".closeout.yaml\",\n  \"default_rules\": false,"))
    #expect(
      json.contains(
        """
                {
                  "id": "agree",
                  "title": "T",
                  "severity": "blocker",
                  "original_severity": "warning",
                  "disabled": false,
                  "file": "rules/r.yaml",
                  "line": 6
                }
        """))
    #expect(json.contains("\"disabled\": true"))
  }
}
