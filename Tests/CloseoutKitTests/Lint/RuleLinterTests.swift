import Foundation
import Testing

@testable import CloseoutKit

@Suite struct RuleLinterTests {
  private func warnings(_ rules: String) throws -> [String] {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    return RuleLinter.warnings(set).sortedByLocation().map(\.summary)
  }

  @Test func warnsAboutConstantConditionsRulesWithoutRationaleAndEmptySteps() throws {
    let found = try warnings(
      """
        - {id: never, step: a, severity: advice, title: T, when: "1 > 2", message: M, rationale: R}
        - {id: always, step: b, severity: advice, title: T, when: "1 == 1", message: M, rationale: R}
        - {id: bare, step: b, severity: advice, title: T, when: "tasks == null", message: M}
      """)
    #expect(
      found == [
        "r.yaml:4:10: warning: step 'c' has no rules, so it is always done",
        "r.yaml:6:61: warning: rule 'never' can never fire: its condition is always false",
        "r.yaml:7:62: warning: rule 'always' always fires: its condition is always true",
        "r.yaml:8:10: warning: rule 'bare' has no rationale",
      ])
  }

  @Test func theDefaultRulesLintClean() throws {
    let report = RuleLinter.lint(
      RuleSelection(
        includesDefaultRules: false, directories: [Fixtures.repository.appending(path: "rules").path]))
    #expect(report.diagnostics.map(\.summary) == [])
  }

  @Test func theSummaryCountsTheErrorsLeftOut() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let rules = (0..<4_000).map { "{id: r\($0)}" }.joined(separator: ", ")
    try Data("rules: [\(rules)]\n".utf8).write(to: folder.appending(path: "r.yaml"))
    let report = RuleLinter.lint(RuleSelection(includesDefaultRules: false, directories: [folder.path]))
    #expect(report.diagnostics.count == Diagnostic.maxPerFile + 1)
    #expect(report.text().hasSuffix("20000 errors, 0 warnings\n"))
  }

  @Test func loadErrorsAreReportedWithTheirSources() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appending(path: "r.yaml")
    try Data("steps: [{id: a, title: A, after: [b]}]\n".utf8).write(to: file)
    let report = RuleLinter.lint(RuleSelection(includesDefaultRules: false, directories: [folder.path]))
    #expect(report.hasErrors)
    #expect(
      report.diagnostics.map(\.summary) == ["\(file.path):1:35: error: step 'a' comes after unknown step 'b'"]
    )
    #expect(report.sources[file.path] != nil)
    #expect(report.text().hasSuffix("1 error, 0 warnings\n"))
  }
}

@Suite struct LintFormatTests {
  private let report = LintReport(
    diagnostics: [
      Diagnostic(
        at: SourceLocation(file: "my rules/r.yaml", line: 3, column: 5), "duplicate rule id 'x'",
        hint: "rename it",
        notes: [
          .init(location: SourceLocation(file: "my rules/r.yaml", line: 1, column: 5), message: "first here")
        ]),
      Diagnostic(.warning, at: nil, "no location"),
    ], sources: [:])

  @Test func jsonHasEveryField() throws {
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    #expect(diagnostics[0]["file"] as? String == "my rules/r.yaml")
    #expect(diagnostics[0]["line"] as? Int == 3)
    #expect(diagnostics[0]["column"] as? Int == 5)
    #expect(diagnostics[0]["severity"] as? String == "error")
    #expect(diagnostics[0]["hint"] as? String == "rename it")
    #expect((diagnostics[0]["notes"] as? [[String: Any]])?.first?["line"] as? Int == 1)
    #expect(diagnostics[1]["line"] is NSNull)
  }

  @Test func sarifHasResultsWithRegionsAndEncodedURIs() throws {
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(SARIFLog.render(report.diagnostics).utf8)) as? [String: Any]
    )
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["level"] as? String } == ["error", "warning"])
    let location = try #require(
      (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "my%20rules/r.yaml")
    #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 3)
    #expect(
      ((results[0]["message"] as? [String: Any])?["text"] as? String)
        == "duplicate rule id 'x'\nhint: rename it")
    #expect((results[0]["relatedLocations"] as? [Any])?.count == 1)
    #expect(results[1]["locations"] == nil)
  }

  @Test func aConfigurationSetsTheCostLimitAndItsProblemsAreReported() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "lint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let rules = Fixtures.stepsAndRules(
      "  - {id: r, step: a, severity: advice, title: T, when: \"tasks == null\", message: M, rationale: R}")
    try Data(rules.utf8).write(to: folder.appending(path: "r.yaml"))
    let selection = RuleSelection(includesDefaultRules: false, directories: [folder.path])
    #expect(RuleLinter.lint(selection).diagnostics.filter { $0.level == .error }.isEmpty)
    let configuration = try ConfigurationLoader.load(
      Array("disable: [r, x]\nlimits: {cost: 1}\n".utf8), file: ".closeout.yaml")
    let report = RuleLinter.lint(selection, configuration: configuration)
    let summaries = report.diagnostics.map(\.summary)
    #expect(summaries.contains(".closeout.yaml:1:14: error: unknown rule 'x' in 'disable'"))
    #expect(summaries.contains { $0.hasSuffix("over the limit of 1") })
    #expect(report.sources[".closeout.yaml"] != nil)
  }
}
