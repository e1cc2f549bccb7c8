import Foundation
import Testing

@testable import CloseoutKit

@Suite struct ConfiguredRuleSetTests {
  private let rules = Fixtures.stepsAndRules(
    """
      - {id: agree, step: a, severity: warning, title: T, when: "true", message: M}
      - {id: handover, step: b, severity: blocker, title: T, when: "true", message: M}
      - {id: reflect, step: c, severity: advice, title: T, when: "true", message: M}
    """)

  private func configuration(_ text: String) throws -> Configuration {
    try ConfigurationLoader.load(Array(text.utf8), file: ".closeout.yaml")
  }

  private func check(_ configured: ConfiguredRuleSet) throws -> Checklist {
    Engine(ruleSet: configured.effective).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
  }

  @Test func withoutConfigurationEveryRuleRunsAsDeclared() throws {
    let checklist = try check(ConfiguredRuleSet(unconfigured: try Fixtures.ruleSet([("r.yaml", rules)])))
    #expect(checklist.steps.map(\.status) == [.done, .blocked, .waiting])
    #expect(checklist.counts == [.blocker: 1, .warning: 1, .advice: 1])
  }

  @Test func aDisabledRuleIsNotEvaluated() throws {
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let configured = try configuration("disable: [handover]\n").apply(to: set)
    #expect(configured.effective.rules.map(\.id.value) == ["agree", "reflect"])
    #expect(configured.loaded.rules.count == 3)
    #expect(configured.changes == ["handover": .init(disabled: true, originalSeverity: nil)])
    let checklist = try check(configured)
    #expect(checklist.steps.map(\.status) == [.done, .done, .done])
    #expect(checklist.steps.flatMap(\.findings).map(\.rule) == ["agree", "reflect"])
    #expect(checklist.isReady)
  }

  @Test func disablingEveryRuleOfAStepWarnsAtTheFirstIDOfIt() throws {
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    #expect(
      try configuration("disable: [agree]\n").apply(to: set).warnings.map(\.summary) == [
        ".closeout.yaml:1:11: warning: 'disable' turns off every rule of the step 'a': it can then never block or warn"
      ])
    #expect(try configuration("severity: {agree: advice}\n").apply(to: set).warnings.isEmpty)
    let all = try configuration("disable: [reflect, handover, agree]\n").apply(to: set)
    #expect(all.warnings.count == 3)
    #expect(all.effective.rules.isEmpty)
  }

  @Test func aChangedSeverityChangesFindingsAndStatuses() throws {
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let configured = try configuration("severity: {agree: blocker, handover: advice, reflect: advice}\n")
      .apply(
        to: set)
    #expect(configured.effective.rules.map(\.severity) == [.blocker, .advice, .advice])
    #expect(
      configured.changes == [
        "agree": .init(originalSeverity: .warning), "handover": .init(originalSeverity: .blocker),
      ])
    let checklist = try check(configured)
    #expect(checklist.steps.map(\.status) == [.blocked, .waiting, .waiting])
    #expect(checklist.steps[0].findings.map(\.severity) == [.blocker])
    #expect(checklist.counts == [.blocker: 1, .warning: 0, .advice: 2])
  }

  @Test func unknownIdsAreLocatedWithADidYouMean() throws {
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let configuration = try configuration("disable: [handovr]\nseverity:\n  nothing-like-it: advice\n")
    do {
      _ = try configuration.apply(to: set)
      Issue.record("unknown ids must be errors")
    } catch {
      let renderer = DiagnosticRenderer(sources: error.sources)
      #expect(
        error.diagnostics.map(renderer.render) == [
          """
          .closeout.yaml:1:11: error: unknown rule 'handovr' in 'disable'
            disable: [handovr]
                      ^
            hint: did you mean 'handover'?
          """,
          """
          .closeout.yaml:3:3: error: unknown rule 'nothing-like-it' in 'severity'
              nothing-like-it: advice
              ^
            hint: 'closeout rules list' shows the ids of the rules loaded
          """,
        ])
    }
  }

  @Test func theCommandLineRulesReplaceTheConfiguredOnes() throws {
    let configured = try configuration("rules: [team]\n")
    let replacing = try configuration("rules: [team]\nreplace_default_rules: true\n")
    #expect(
      RuleSelection(commandLine: [], configuration: nil)
        == RuleSelection(includesDefaultRules: true, directories: []))
    #expect(
      RuleSelection(commandLine: [], configuration: configured)
        == RuleSelection(includesDefaultRules: true, directories: ["team"]))
    #expect(
      RuleSelection(commandLine: [], configuration: replacing)
        == RuleSelection(includesDefaultRules: false, directories: ["team"]))
    #expect(
      RuleSelection(commandLine: ["mine"], configuration: configured)
        == RuleSelection(includesDefaultRules: false, directories: ["mine"]))
  }

  @Test func addedDirectoriesLayerAfterEveryOtherLayer() throws {
    let configured = try configuration("rules: [team]\n")
    #expect(
      RuleSelection(commandLine: [], adding: ["extra"], configuration: nil)
        == RuleSelection(includesDefaultRules: true, directories: ["extra"]))
    #expect(
      RuleSelection(commandLine: [], adding: ["extra"], configuration: configured)
        == RuleSelection(includesDefaultRules: true, directories: ["team", "extra"]))
    #expect(
      RuleSelection(commandLine: ["mine"], adding: ["extra"], configuration: configured)
        == RuleSelection(includesDefaultRules: false, directories: ["mine", "extra"]))
  }

  @Test func aSelectionWithoutRulesFailsToLoadForChecking() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "closeout-lists-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("lists:\n  team_words: [foo]\n".utf8).write(to: folder.appending(path: "lists.yaml"))
    let selection = RuleSelection(includesDefaultRules: false, directories: [folder.path])
    #expect(try selection.load(requiringRules: false).lists["team_words"] != nil)
    do {
      _ = try selection.load()
      Issue.record("a rule set without rules must be an error")
    } catch {
      #expect(
        error.diagnostics.map(\.summary)
          == ["error: no rule is loaded from '\(folder.path)': every snapshot would pass its check"])
    }
  }

  @Test func theBuiltInRulesComeFirstAndConfiguredDirectoriesLayerOnThem() throws {
    let builtIn = try RuleSelection(includesDefaultRules: true, directories: []).load()
    #expect(builtIn.rules.map(\.id.value) == (try RuleSetLoader.loadDefault()).rules.map(\.id.value))
    #expect(builtIn.rules.first?.id.location.file.hasPrefix("rules/") == true)
    do {
      _ = try RuleSelection(includesDefaultRules: true, directories: ["/nonexistent-rules"]).load()
      Issue.record("a missing directory must be an error")
    } catch {
      #expect(
        error.diagnostics.map(\.summary) == ["error: rule directory '/nonexistent-rules' does not exist"])
    }
  }
}
