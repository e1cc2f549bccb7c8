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
                  "line": 6,
                  "patches": []
                }
        """))
    #expect(json.contains("\"disabled\": true"))
  }

  /// A base layer with a rule and two lists (one by language), and a team layer that patches the
  /// rule, edits both lists and declares one of them again.
  private static let layers = [
    (
      "rules/r.yaml",
      """
      steps: [{id: a, title: Step A}]
      lists:
        polite: {en: [thanks], es: [gracias]}
        statuses: [open, blocked]
        kept: [x]
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "true", message: M}
      """
    ),
    (
      "team/t.yaml",
      """
      lists:
        polite:
          add: {en: [cheers]}
          remove: {es: [gracias]}
        statuses: [open]
      rules:
        - patch: r
          severity: warning
      """
    ),
    ("more/m.yaml", "lists:\n  statuses:\n    add: [waiting]\n"),
  ]

  private func layeredListing() throws -> RuleListing {
    let (set, problems) = Fixtures.layered(Self.layers)
    #expect(problems == [])
    return RuleListing(
      rules: ConfiguredRuleSet(unconfigured: try #require(set)),
      selection: RuleSelection(includesDefaultRules: false, directories: ["rules", "team", "more"]))
  }

  @Test func textShowsPatchesAndWhereEachListComesFrom() throws {
    #expect(
      try layeredListing().text() == """
        rules: rules, team, more
        configuration: none

        1. a: Step A (rules/r.yaml:1)
           r  warning  rules/r.yaml:7
             patched at team/t.yaml:7

        lists:
           polite    rules/r.yaml:3
             edited at team/t.yaml:2: add en "cheers"; remove es "gracias"
           statuses  team/t.yaml:5, replacing rules/r.yaml:4
             edited at more/m.yaml:2: add "waiting"
           kept      rules/r.yaml:5

        1 rules: 1 enabled, 0 disabled, 0 with a changed severity

        """)
  }

  @Test func jsonHasThePatchesAndTheLists() throws {
    let json = try layeredListing().json()
    #expect(
      json.contains(
        #""patches": [\#n            {\#n              "file": "team/t.yaml",\#n              "line": 7"#))
    #expect(
      json.contains(
        """
            {
              "name": "statuses",
              "file": "team/t.yaml",
              "line": 5,
              "replaced": [
                {
                  "file": "rules/r.yaml",
                  "line": 4
                }
              ],
              "edits": [
                {
                  "file": "more/m.yaml",
                  "line": 2,
                  "add": [
                    "waiting"
                  ],
                  "remove": []
                }
              ]
            },
        """))
    #expect(json.contains(#""remove": {\#n            "es": [\#n              "gracias""#))
  }
}
