import Foundation
import Testing

@Suite struct ConfigurationTests {
  private static let notReady = CommandRunner.repository.appending(path: "examples/not-ready.yaml").path
  private static let hourlyEnded = CommandRunner.repository.appending(path: "examples/hourly-ended.yaml").path

  /// A team rule that always fires, filed under the built-in `reflect` step.
  private static let teamRule = """
    rules:
      - id: team-note
        step: reflect
        severity: advice
        title: Write the team note
        when: "true"
        message: Write the note.
    """

  /// Runs `closeout ARGUMENTS` with `directory` as the current directory.
  private func run(_ arguments: [String], in directory: URL) throws -> CommandRunner.Output {
    guard let executable = CommandRunner.executable else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "NO_COLOR")
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandRunner.Output(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func aConfigurationAboveTheWorkingDirectoryIsFoundAndApplied() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": """
      rules: [team-rules]
      disable: [client-agreement]
      severity: {handover-docs: blocker}
      format: json
      """,
      "team-rules/team.yaml": Self.teamRule,
      "work/deeper/keep": "",
    ])
    let output = try run(["check", Self.notReady], in: folder.appending(path: "work/deeper"))
    #expect(output.status == 1)
    let result = try #require((try json(output.stdout)["results"] as? [[String: Any]])?.first)
    let findings = (result["steps"] as? [[String: Any]] ?? []).flatMap {
      $0["findings"] as? [[String: Any]] ?? []
    }
    let severities = Dictionary(
      findings.map { ($0["rule"] as? String ?? "", $0["severity"] as? String ?? "") },
      uniquingKeysWith: { a, _ in a })
    #expect(severities["client-agreement"] == nil)
    #expect(severities["handover-docs"] == "blocker")
    #expect(severities["team-note"] == "advice")
  }

  @Test func commandLineOptionsWinOverTheConfiguration() throws {
    let folder = try CommandRunner.folder([".closeout.yaml": "fail_on: warning\nformat: json\n"])
    let configured = try run(["check", Self.hourlyEnded], in: folder)
    #expect(configured.status == 1)
    #expect(configured.stdout.hasPrefix("{"))
    let overridden = try run(
      ["check", Self.hourlyEnded, "--fail-on", "blocker", "--format", "text", "--color", "never"], in: folder)
    #expect(overridden.status == 0)
    #expect(overridden.stdout.hasPrefix("✓ "))
    let ignored = try run(["check", Self.hourlyEnded, "--no-config", "--color", "never"], in: folder)
    #expect(ignored.status == 0)
    #expect(ignored.stdout.hasPrefix("✓ "))
  }

  @Test func rulesOnTheCommandLineReplaceTheConfiguredDirectories() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "rules: [team-rules]\n",
      "team-rules/team.yaml": Self.teamRule,
      "mine/steps.yaml": "steps:\n  - {id: reflect, title: Reflect}\n",
    ])
    let output = try run(["rules", "list", "--rules", "mine", "--format", "json"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let document = try json(output.stdout)
    #expect(document["default_rules"] as? Bool == false)
    #expect(document["directories"] as? [String] == ["mine"])
    #expect((document["steps"] as? [[String: Any]])?.map { $0["id"] as? String } == ["reflect"])
  }

  @Test func addedRulesLayerOverTheBuiltInAndConfiguredRules() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "disable: [client-agreement]\nformat: json\n",
      "team-rules/team.yaml": Self.teamRule,
    ])
    let output = try run(["check", Self.notReady, "--add-rules", "team-rules"], in: folder)
    #expect(output.status == 1, "\(output.stderr)")
    let result = try #require((try json(output.stdout)["results"] as? [[String: Any]])?.first)
    let fired = Set(
      (result["steps"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        .compactMap { $0["rule"] as? String })
    // The team's rule, the built-in rules, and the configuration still applied to both.
    #expect(fired.contains("team-note"))
    #expect(fired.contains("finish-outstanding-tasks"))
    #expect(!fired.contains("client-agreement"))
    let listed = try run(["rules", "list", "--add-rules", "team-rules", "--format", "json"], in: folder)
    let document = try json(listed.stdout)
    #expect(document["default_rules"] as? Bool == true)
    #expect(document["directories"] as? [String] == ["team-rules"])
  }

  @Test func aRuleSetWithoutRulesIsAnErrorNotAPass() throws {
    let folder = try CommandRunner.folder(["lists-only/lists.yaml": "lists:\n  team_words: [foo, bar]\n"])
    let replaced = try run(["check", Self.notReady, "--no-config", "--rules", "lists-only"], in: folder)
    #expect(replaced.status == 2)
    #expect(replaced.stdout.isEmpty)
    #expect(
      replaced.stderr.contains(
        "error: no rule is loaded from 'lists-only': every snapshot would pass its check"))
    #expect(replaced.stderr.contains("--add-rules DIR"))
    let explained = try run(
      ["explain", "client-agreement", Self.notReady, "--no-config", "--rules", "lists-only"], in: folder)
    #expect(explained.status == 2)
    // Evaluating with a layer of lists alone is fine, and layering it keeps the built-in rules.
    let evaluated = try run(["eval", "lists.team_words", "--no-config", "--rules", "lists-only"], in: folder)
    #expect(evaluated.status == 0, "\(evaluated.stderr)")
    #expect(evaluated.stdout == "['foo', 'bar']\n")
    let layered = try run(
      ["check", Self.notReady, "--no-config", "--add-rules", "lists-only", "--color", "never"], in: folder)
    #expect(layered.status == 1)
    #expect(layered.stdout.hasPrefix("✗ "))
  }

  @Test func disablingEveryRuleIsAnErrorAndAStepsRulesAWarning() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "disable: [reflect-after-end, announce-next-time]\n"
    ])
    let warned = try run(["check", Self.notReady, "--color", "never"], in: folder)
    #expect(warned.status == 1)
    #expect(
      warned.stderr.contains(
        ".closeout.yaml:1:11: warning: 'disable' turns off every rule of the step 'reflect': it can then never block or warn"
      ))
    let ids = try run(["rules", "list", "--no-config", "--format", "json"], in: folder)
    let steps = try #require(try json(ids.stdout)["steps"] as? [[String: Any]])
    let every = steps.flatMap { ($0["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
    try Data("disable: [\(every.joined(separator: ", "))]\n".utf8).write(
      to: folder.appending(path: ".closeout.yaml"))
    let refused = try run(["check", Self.notReady, "--format", "json"], in: folder)
    #expect(refused.status == 2)
    #expect(
      refused.stderr.contains("error: 'disable' turns off every rule: every snapshot would pass its check"))
    #expect(try json(refused.stdout)["rule_errors"] != nil)
  }

  @Test func anExplicitConfigurationFileIsReadRelativeToItsFolder() throws {
    let folder = try CommandRunner.folder([
      "team/closeout.yaml": "rules: [team-rules]\nreplace_default_rules: true\n",
      "team/team-rules/steps.yaml": "steps:\n  - {id: reflect, title: Reflect}\n",
      "team/team-rules/team.yaml": Self.teamRule,
    ])
    let output = try run(["rules", "list", "--config", "team/closeout.yaml"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout == """
        rules: team/team-rules
        configuration: team/closeout.yaml

        1. reflect: Reflect (team/team-rules/steps.yaml:2)
           team-note  advice  team/team-rules/team.yaml:2

        1 rules: 1 enabled, 0 disabled, 0 with a changed severity

        """)
  }

  @Test func rulesListShowsTheBuiltInRulesWithTheirPlaces() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "disable: [offer-handover]\nseverity: {explain-reasons: blocker}\n"
    ])
    let output = try run(["rules", "list"], in: folder)
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("rules: built-in\nconfiguration: .closeout.yaml\n\n1. communicate: "))
    let lines = output.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    // Each rule's place is the line of its `- id:` in the rule file.
    let file = try String(
      contentsOf: CommandRunner.repository.appending(path: "rules/communicate.yaml"), encoding: .utf8)
    let ruleFileLines = file.split(separator: "\n", omittingEmptySubsequences: false)
    func line(of id: String) -> Int { (ruleFileLines.firstIndex { $0 == "  - id: \(id)" } ?? -1) + 1 }
    #expect(
      lines.contains(
        "explain-reasons blocker (was warning) rules/communicate.yaml:\(line(of: "explain-reasons"))"))
    #expect(
      lines.contains("offer-handover advice, disabled rules/communicate.yaml:\(line(of: "offer-handover"))"))
    #expect(lines.contains("24 rules: 23 enabled, 1 disabled, 1 with a changed severity"))
  }

  @Test func evalUsesTheConfiguredRuleDirectories() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "rules: [team-rules]\n",
      "team-rules/lists.yaml": "lists:\n  team_words: [hello, there]\n",
    ])
    let output = try run(["eval", "lists.team_words"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "['hello', 'there']\n")
  }

  @Test func aBrokenConfigurationIsLocatedAndExitsTwo() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "disable: [offer-handovr]\nrules: [missing]\n"
    ])
    let missing = try run(["check", Self.notReady], in: folder)
    #expect(missing.status == 2)
    #expect(
      missing.stderr == """
        .closeout.yaml:2:9: error: rule directory 'missing' does not exist
          rules: [missing]
                  ^
          hint: paths in 'rules' are relative to the folder of the configuration file

        """)
    try Data("disable: [offer-handovr]\n".utf8).write(to: folder.appending(path: ".closeout.yaml"))
    for arguments in [["check", Self.notReady], ["rules", "list"], ["eval", "1"]] {
      let output = try run(arguments, in: folder)
      #expect(output.status == 2)
      #expect(output.stdout.isEmpty)
      #expect(
        output.stderr == """
          .closeout.yaml:1:11: error: unknown rule 'offer-handovr' in 'disable'
            disable: [offer-handovr]
                      ^
            hint: did you mean 'offer-handover'?

          """)
    }
  }

  @Test func configAndNoConfigCannotBeCombined() throws {
    let output = try CommandRunner.run(["rules", "list", "--config", "x.yaml", "--no-config"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("--config and --no-config cannot be used together."))
  }
}
