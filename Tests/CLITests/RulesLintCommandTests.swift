import Foundation
import Testing

@Suite struct RulesLintCommandTests {
  @Test func theDefaultRulesLintClean() throws {
    let output = try CommandRunner.run(["rules", "lint", "rules", "--strict"])
    #expect(output.status == 0)
    #expect(output.stdout == "no problems found\n")
  }

  @Test func errorsExitTwoWithCaretsAndHints() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - {id: r, step: a, severty: advice, title: T, when: "true", message: M}
      """
    ])
    let output = try CommandRunner.run(["rules", "lint", folder.path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "r.yaml:3:22: error: unknown key 'severty' in a rule\n"
          + "    - {id: r, step: a, severty: advice, title: T, when: \"true\", message: M}\n"
          + "                       ^\n"
          + "  hint: did you mean 'severity'?\n"))
    #expect(output.stdout.hasSuffix("2 errors, 0 warnings\n"))
  }

  /// A team's layer: a change to a built-in list, a rule under a built-in step that reads it, and
  /// tests that show both.
  private static let teamLayer = [
    "team/team.yaml": """
    lists:
      task_open_statuses:
        remove: [in_progress]
    rules:
      - id: team-open-task
        step: finish-work
        severity: warning
        title: Say when the open tasks start
        rationale: The client plans around tasks not started yet.
        when: task_list.exists(t, t.status in lists.task_open_statuses)
        message: A task has not started.
    """,
    "team/tests/team.yaml": """
    cases:
      - name: an open task warns
        snapshot: ../../snapshot.yaml
        fires: [team-open-task]
      - name: a task in progress no longer counts as open
        snapshot: ../../snapshot.yaml
        patch:
          tasks.1.status: in_progress
        silent: [team-open-task]
    """,
  ]

  @Test func aTeamLintsAndTestsItsLayerOverTheBuiltInRules() throws {
    var files = Self.teamLayer
    files["snapshot.yaml"] = try String(
      contentsOf: CommandRunner.repository.appending(path: "examples/not-ready.yaml"), encoding: .utf8)
    let folder = try CommandRunner.folder(files)
    let team = folder.appending(path: "team").path
    let linted = try CommandRunner.run(["rules", "lint", "--add-rules", team, "--strict"])
    #expect(linted.status == 0, "\(linted.stdout)")
    #expect(linted.stdout == "no problems found\n")
    // Alone, the layer changes a list that nothing declares.
    let alone = try CommandRunner.run(["rules", "lint", team])
    #expect(alone.status == 2)
    #expect(
      alone.stdout.contains("error: there is no list 'task_open_statuses' in an earlier layer to change"))
    let tested = try CommandRunner.run(["rules", "test", "--add-rules", team])
    #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
    #expect(tested.stdout.hasSuffix("2 passed, 0 failed\n"))
  }

  @Test func aConstantPatternThatIsNotRE2IsALocatedError() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - id: r
          step: a
          severity: advice
          title: T
          when: contract.title.matches('(a)\\\\1')
          message: M
          rationale: R
      """
    ])
    let output = try CommandRunner.run(["rules", "lint", folder.path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "r.yaml:7:25: error: invalid regular expression '(a)\\1': "
          + "a backreference is not supported (RE2 syntax): \\1\n"
          + "      when: contract.title.matches('(a)\\\\1')\n"
          + "                          ^\n"))
    #expect(output.stdout.hasSuffix("1 error, 0 warnings\n"))
  }

  @Test func warningsFailOnlyWithStrict() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "false", message: M, rationale: R}
      """
    ])
    #expect(try CommandRunner.run(["rules", "lint", folder.path]).status == 0)
    let strict = try CommandRunner.run(["rules", "lint", folder.path, "--strict", "--format", "json"])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains("\"severity\": \"warning\""))
  }

  @Test func sarifIsJSON() throws {
    let output = try CommandRunner.run(["rules", "lint", "rules", "--format", "sarif"])
    #expect(output.status == 0)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
  }
}
