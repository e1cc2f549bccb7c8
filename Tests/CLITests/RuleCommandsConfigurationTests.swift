import Foundation
import Testing

/// `rules lint`, `rules test` and `rules doc` read `.closeout.yaml` as `check` does.
@Suite struct RuleCommandsConfigurationTests {
  /// A team layer with one rule that always fires under the built-in `reflect` step, and a test of
  /// it on a snapshot that the built-in rules find ready.
  private static func teamFolder(configuration: String) throws -> URL {
    let snapshot = try String(
      contentsOf: CommandRunner.repository.appending(path: "examples/hourly-ended.yaml"), encoding: .utf8)
    return try CommandRunner.folder([
      ".closeout.yaml": configuration,
      "snapshot.yaml": snapshot,
      "team/team.yaml": """
      rules:
        - id: team-note
          step: reflect
          severity: advice
          title: Write the team note
          when: "true"
          message: Write the note.
      """,
      "team/tests/team.yaml": """
      snapshot: ../../snapshot.yaml
      cases:
        - name: the team note blocks the verdict
          fires: team-note
          verdict: not_ready
      """,
      "work/keep": "",
    ])
  }

  @Test func lintLintsTheConfiguredLayerFromAnyFolder() throws {
    let folder = try Self.teamFolder(configuration: "rules: [team]\ndisable: [team-note]\n")
    let work = folder.appending(path: "work")
    let output = try CommandRunner.run(["rules", "lint"], in: work)
    // A disabled rule is still linted: it is in the files.
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.hasPrefix("../team/team.yaml:2:9: warning: rule 'team-note' has no rationale\n"))
    #expect(output.stdout.hasSuffix("0 errors, 2 warnings\n"))
    let ignored = try CommandRunner.run(["rules", "lint", "--no-config"], in: work)
    #expect(ignored.status == 2)
    #expect(ignored.stdout == "error: rule directory 'rules' does not exist\n1 error, 0 warnings\n")
  }

  @Test func lintReportsTheConfigurationsProblemsWithTheRules() throws {
    let folder = try Self.teamFolder(configuration: "rules: [team]\ndisable: [team-note, no-such-rule]\n")
    let output = try CommandRunner.run(["rules", "lint", "--format", "json"], in: folder)
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        """
              "file": ".closeout.yaml",
              "line": 2,
              "column": 22,
              "severity": "error",
              "message": "unknown rule 'no-such-rule' in 'disable'",
        """))
    let broken = try Self.teamFolder(configuration: "rules: [team]\nfail_onn: warning\n")
    let text = try CommandRunner.run(["rules", "lint"], in: broken)
    #expect(text.status == 2)
    #expect(text.stdout.hasPrefix(".closeout.yaml:2:1: error: unknown key 'fail_onn'"))
  }

  @Test func lintEstimatesCostsAgainstTheConfiguredLimits() throws {
    let folder = try Self.teamFolder(configuration: "rules: [team]\nlimits: {cost: 10}\n")
    let output = try CommandRunner.run(["rules", "lint"], in: folder)
    #expect(output.status == 2)
    #expect(output.stdout.contains("on one snapshot, over the limit of 10\n"))
    let ignored = try CommandRunner.run(["rules", "lint", "--no-config", "--add-rules", "team"], in: folder)
    #expect(ignored.status == 0, "\(ignored.stdout)")
  }

  @Test func testRunsTheCasesAgainstTheConfiguredRules() throws {
    let folder = try Self.teamFolder(configuration: "rules: [team]\nseverity: {team-note: blocker}\n")
    let work = folder.appending(path: "work")
    let configured = try CommandRunner.run(["rules", "test", "--color", "never"], in: work)
    #expect(configured.status == 0, "\(configured.stdout)\(configured.stderr)")
    #expect(configured.stdout.hasSuffix("1 passed, 0 failed\n"))
    // As written, the note is advice: the verdict stays ready.
    let written = try CommandRunner.run(
      ["rules", "test", "--no-config", "--add-rules", "../team", "--color", "never"], in: work)
    #expect(written.status == 1)
    #expect(written.stdout.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func aCaseNamingADisabledRuleIsALocatedError() throws {
    let folder = try Self.teamFolder(configuration: "rules: [team]\ndisable: [team-note]\n")
    let output = try CommandRunner.run(["rules", "test"], in: folder)
    #expect(output.status == 2)
    #expect(
      output.stderr.hasPrefix(
        "team/tests/team.yaml:4:12: error: the rule 'team-note' is disabled by the configuration, "
          + "so no case can expect it\n"))
    #expect(output.stderr.contains("hint: 'disable' at .closeout.yaml:2 turns it off"))
  }

  @Test func docDocumentsTheConfiguredLayerAsWritten() throws {
    let folder = try Self.teamFolder(
      configuration: "rules: [team]\ndisable: [team-note]\nseverity: {handover-docs: blocker}\n")
    let output = try CommandRunner.run(["rules", "doc"], in: folder.appending(path: "work"))
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("team-note"))
    #expect(output.stdout.contains("finish-outstanding-tasks"))
    let broken = try CommandRunner.run(["rules", "doc", "--config", "missing.yaml"], in: folder)
    #expect(broken.status == 2)
    #expect(broken.stdout.isEmpty)
  }

  @Test func listShowsWherePatchesAndListChangesOfTheConfiguredLayerAre() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "rules: [team]\n",
      "team/team.yaml": """
      lists:
        task_open_statuses:
          add: [waiting]
      rules:
        - patch: client-agreement
          severity: warning
      """,
    ])
    let output = try CommandRunner.run(["rules", "list"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let rule = try #require(lines.firstIndex { $0.hasPrefix("   client-agreement ") })
    #expect(lines[rule + 1] == "     patched at team/team.yaml:5")
    let list = try #require(lines.firstIndex { $0.hasPrefix("   task_open_statuses ") })
    let builtIn = try String(
      contentsOf: CommandRunner.repository.appending(path: "rules/lists.yaml"), encoding: .utf8
    ).split(separator: "\n", omittingEmptySubsequences: false)
    let declared = try #require(builtIn.firstIndex { $0.hasPrefix("  task_open_statuses:") }) + 1
    #expect(lines[list].hasSuffix("  rules/lists.yaml:\(declared)"))
    #expect(lines[list + 1] == "     edited at team/team.yaml:2: add \"waiting\"")
  }
}
