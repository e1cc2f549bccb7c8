import Foundation
import Testing

@Suite struct CheckCommandTests {
  private let ready = "examples/ready-to-end.yaml"
  private let notReady = "examples/not-ready.yaml"

  @Test func aReadySnapshotExitsZero() throws {
    let output = try CommandRunner.run(["check", ready])
    #expect(output.status == 0)
    #expect(output.stdout.contains("ready to request the end"))
    #expect(output.stdout.contains("1. ✓"))
    #expect(output.stderr.isEmpty)
  }

  @Test func blockersExitOneUnlessFailOnSaysOtherwise() throws {
    #expect(try CommandRunner.run(["check", notReady]).status == 1)
    #expect(try CommandRunner.run(["check", notReady, "--fail-on", "never"]).status == 0)
    #expect(try CommandRunner.run(["check", "examples/hourly-ended.yaml"]).status == 0)
    #expect(
      try CommandRunner.run(["check", "examples/hourly-ended.yaml", "--fail-on", "warning"]).status == 1)
    #expect(
      try CommandRunner.run(["check", "examples/hourly-ended.yaml", "--fail-on", "advice"]).status == 1)
  }

  @Test func jsonOutputHasTheDocumentedShape() throws {
    let output = try CommandRunner.run(["check", notReady, ready, "--format", "json"])
    #expect(output.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 2)
    let results = try #require(document["results"] as? [[String: Any]])
    #expect(results.map { $0["snapshot"] as? String } == [notReady, ready])
    #expect(results.map { $0["verdict"] as? String } == ["not_ready", "ready"])
    let counts = try #require(results[0]["counts"] as? [String: Int])
    #expect((counts["blocker"] ?? 0) > 0)
    let steps = try #require(results[0]["steps"] as? [[String: Any]])
    #expect(
      steps.map { $0["id"] as? String } == [
        "communicate", "finish-work", "request-end", "feedback", "reflect",
      ])
    let finding = try #require((steps[0]["findings"] as? [[String: Any]])?.first)
    #expect(Set(finding.keys) == ["rule", "severity", "title", "message", "next", "due", "locations"])
    #expect(results[0]["errors"] as? [Any] != nil)
  }

  @Test func icsOutputHasAnEventAtTheDisputeDeadline() throws {
    let snapshot = "rules/tests/snapshots/open-dispute.fires.yaml"
    let output = try CommandRunner.run(["check", snapshot, "--format", "ics"])
    #expect(output.status == 1)
    let lines = output.stdout.components(separatedBy: "\r\n")
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.suffix(2) == ["END:VCALENDAR", ""])
    #expect(lines.allSatisfy { !$0.contains("\n") && $0.utf8.count <= 75 })
    let event = try #require(lines.firstIndex(of: "UID:ct-1042-open-dispute-20261122T080000Z@closeout"))
    #expect(lines[event - 1] == "BEGIN:VEVENT")
    #expect(lines.contains("DTSTART:20261122T080000Z"))
    #expect(lines.contains { $0.hasPrefix("SUMMARY:Answer open disputes and refund requests before ending") })
    // Only `check` writes a calendar.
    #expect(try CommandRunner.run(["eval", "1", "--format", "ics"]).status == 2)
  }

  @Test func aBadFileInABatchIsReportedAndTheOthersChecked() throws {
    let folder = try CommandRunner.folder(["bad.yaml": "snapshot_version: 1\ncontract: {id: x\n"])
    let output = try CommandRunner.run([
      "check", folder.appending(path: "bad.yaml").path, ready, "--format", "json",
    ])
    #expect(output.status == 2)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(document["results"] as? [[String: Any]])
    #expect(results.map { $0["verdict"] as? String } == ["not_ready", "ready"])
    let error = try #require((results[0]["errors"] as? [[String: Any]])?.first)
    #expect(error["line"] as? Int == 3)
    #expect((error["message"] as? String)?.contains("flow mapping") == true)
  }

  @Test func aSnapshotWithoutRequiredSectionsIsALocatedError() throws {
    let folder = try CommandRunner.folder(["s.yaml": "snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\n"])
    let output = try CommandRunner.run(["check", folder.appending(path: "s.yaml").path, "--color", "never"])
    #expect(output.status == 2)
    #expect(output.stdout.contains("s.yaml:1:1: error: the snapshot is missing the required key 'contract'"))
  }

  @Test func brokenRulesExitTwoWithEveryProblemLocated() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": """
      steps:
        - {id: a, title: A}
      rules:
        - id: r
          step: a
          severity: warnng
          title: T
          when: tasks.fliter(t, t.done)
          message: M
      """
    ])
    let output = try CommandRunner.run(["check", "--rules", folder.appending(path: "rules").path, ready])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("r.yaml:6:15: error: unknown severity 'warnng'"))
    #expect(output.stderr.contains("hint: did you mean 'warning'?"))
  }

  @Test func rulesOverTheCostLimitAreRefusedBeforeAnySnapshotIsChecked() throws {
    let rules = """
      steps:
        - {id: a, title: A}
      rules:
        - id: cubic
          step: a
          severity: advice
          title: T
          rationale: R
          when: tasks != null && tasks.exists(x, tasks.exists(y, tasks.exists(z, x == y && y == z)))
          message: M
      """
    let folder = try CommandRunner.folder([
      "rules/r.yaml": rules, "big/.closeout.yaml": "limits: {cost: 100000000000000}\n",
    ])
    let output = try CommandRunner.run(["check", "--rules", folder.appending(path: "rules").path, ready])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("r.yaml:9:11: error: rule 'cubic' may cost up to "))
    // A configuration that raises the limit lets the rule run.
    let raised = try CommandRunner.run([
      "check", "--config", folder.appending(path: "big/.closeout.yaml").path, "--rules",
      folder.appending(path: "rules").path, ready,
    ])
    #expect(raised.status != 2, "\(raised.stderr)")
  }

  @Test func brokenRulesInJSONFormatPrintAJSONDocumentOfTheRuleErrors() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": """
      steps:
        - {id: a, title: A}
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "{'k': 1, 'k': 2}.size() > 0", message: M}
      """
    ])
    let rules = folder.appending(path: "rules").path
    let output = try CommandRunner.run(["check", "--format", "json", "--rules", rules, ready])
    #expect(output.status == 2)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 2)
    #expect((document["results"] as? [Any])?.isEmpty == true)
    let errors = try #require(document["rule_errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors.first?["file"] as? String == folder.appending(path: "rules/r.yaml").path)
    #expect(errors.first?["line"] as? Int == 4)
    #expect(errors.first?["column"] as? Int == 66)
    #expect(errors.first?["message"] as? String == "repeated key in map literal: 'k'")
  }

  @Test func readsStandardInput() throws {
    let text = try String(contentsOf: CommandRunner.repository.appending(path: ready), encoding: .utf8)
    let output = try CommandRunner.run(["check", "-"], input: text)
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("✓ - (contract"))
  }

  @Test func badUsageExitsTwo() throws {
    #expect(try CommandRunner.run(["check"]).status == 2)
    #expect(try CommandRunner.run(["check", ready, "--format", "xml"]).status == 2)
    #expect(try CommandRunner.run(["check", ready, "--fail-on", "sometimes"]).status == 2)
    #expect(try CommandRunner.run(["check", "-", "-"]).status == 2)
    #expect(try CommandRunner.run(["check", "--help"]).status == 0)
  }

  @Test func coloursOnlyWhenAskedOrOnATerminal() throws {
    #expect(!(try CommandRunner.run(["check", notReady]).stdout.contains("\u{1B}[")))
    #expect(try CommandRunner.run(["check", notReady, "--color", "always"]).stdout.contains("\u{1B}[31m"))
    #expect(
      !(try CommandRunner.run(["check", notReady, "--color", "auto"], environment: ["NO_COLOR": "1"]).stdout
        .contains("\u{1B}[")))
  }

  @Test func snapshotTextCannotWriteControlCharactersToTheTerminal() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "true", message: "Title: {{ contract.title }}"}
      """,
      "s.yaml": """
      snapshot_version: 1
      as_of: 2026-11-20T10:00:00Z
      contract: {id: "ct-\\e[31m", kind: hourly, status: active, title: "clear\\e[2J\\u0007 screen"}
      """,
    ])
    let output = try CommandRunner.run([
      "check", "--rules", folder.appending(path: "rules").path, folder.appending(path: "s.yaml").path,
    ])
    #expect(output.status == 0)
    #expect(!output.stdout.contains("\u{1B}"))
    #expect(!output.stdout.contains("\u{07}"))
    #expect(output.stdout.contains("Title: clear\\u{1B}[2J\\u{7} screen"))
  }
}

@Suite struct CheckValidationTests {
  private let invalid = """
    snapshot_version: 1
    as_of: 2026-11-20T10:00:00Z
    contract: {id: ct-1, kind: hourly, status: active}
    tasks:
      - {id: t-1, title: Notes, status: blocked, must_finish_before_end: true}

    """

  @Test func snapshotsAreValidatedAgainstTheSchema() throws {
    let folder = try CommandRunner.folder(["s.yaml": invalid])
    let output = try CommandRunner.run(["check", folder.appending(path: "s.yaml").path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "s.yaml:5:37: error: 'tasks[0].status' must be one of open, in_progress, done, dropped, not the string 'blocked'"
      ))
  }

  @Test func noValidateChecksTheSnapshotAsItIs() throws {
    let folder = try CommandRunner.folder(["s.yaml": invalid])
    let output = try CommandRunner.run(["check", folder.appending(path: "s.yaml").path, "--no-validate"])
    #expect(output.status == 1)  // blockers fired: the snapshot was checked, not rejected
    #expect(!output.stdout.contains("error:"))
  }

  @Test func snapshotTextCannotForgeALineOfTheReport() throws {
    let forged = "ct-9\\n✓ evil.yaml (contract ct-9): ready to end (0 blockers)\\u202Eevil"
    let text = """
      snapshot_version: 1
      as_of: 2026-11-20T10:00:00Z
      contract: {id: "\(forged)", kind: hourly, status: active, client: {name: "Sam\\nNext: pay me"}}
      client_agreement: {agreed: false}
      """
    let output = try CommandRunner.run(["check", "-", "--color", "never"], input: text)
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("  Next:") }.count == 1)
    #expect(output.stdout.contains("Sam\\u{A}Next: pay me has not agreed"))
    #expect(output.stdout.contains("ct-9\\u{A}✓ evil.yaml"))
    #expect(output.stdout.contains("\\u{202E}evil"))
    #expect(!output.stdout.unicodeScalars.contains("\u{202E}"))
  }

  /// A 4 GiB (sparse) snapshot is refused from its size, at once and without reading it: the run
  /// succeeds with its address space limited to 1 GiB, which reading the file would exceed.
  @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
    let folder = try CommandRunner.folder([:])
    let path = folder.appending(path: "huge.yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 4 << 30)
    try handle.close()
    let executable = try #require(CommandRunner.executable)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // An AddressSanitizer build reserves terabytes of address space for its shadow memory, so
    // there the time and the message are what show that the file was not read.
    let limit = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil ? "ulimit -v 1048576; " : ""
    process.arguments = [
      "-c", limit + "exec \"$0\" check \"$1\" --color never", executable.path, path,
    ]
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = Pipe()
    let started = Date()
    try process.run()
    let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(process.terminationStatus == 2)
    #expect(
      out.contains("\(path):1:1: error: the input is 4294967296 bytes, more than the limit of 8388608 bytes"))
  }

}
