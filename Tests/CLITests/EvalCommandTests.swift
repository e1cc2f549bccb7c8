import Foundation
import Testing

@Suite struct EvalCommandTests {
  @Test func evaluatesAgainstASnapshotWithTheListsInScope() throws {
    let output = try CommandRunner.run([
      "eval", "tasks.filter(t, t.status in lists.task_open_statuses).map(t, t.title)",
      "--snapshot", "examples/not-ready.yaml",
    ])
    #expect(output.status == 0)
    #expect(output.stdout == "['Export final assets', 'Write handover notes']\n")
  }

  @Test func printsTheSchemasDefaultsForWhatTheSnapshotLeavesOutOrWritesNull() throws {
    // not-ready.yaml writes `feedback: null` and no `hourly`.
    let output = try CommandRunner.run([
      "eval", "[feedback, has(feedback.public_text), hourly.manual_hours]", "--snapshot",
      "examples/not-ready.yaml",
      "--no-config",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout
        == "[{'rating': null, 'public_text': '', 'private_text': '', 'submitted_at': null}, false, 0]\n")
  }

  @Test func anExpressionOverTheCostLimitIsRefusedBeforeItRuns() throws {
    let list = "[" + (0..<1_000).map(String.init).joined(separator: ",") + "]"
    let started = Date()
    let output = try CommandRunner.run([
      "eval", "\(list).exists(a, \(list).exists(b, \(list).exists(c, a + b + c < 0)))",
    ])
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("<expression>:1:1: error: the expression may cost up to "))
    #expect(output.stderr.contains("over the limit of 100000000"))
  }

  @Test func evaluatesARulesLetOrAnExpressionWithinTheRule() throws {
    let snapshot = ["--snapshot", "examples/not-ready.yaml", "--no-config"]
    let named = try CommandRunner.run(["eval", "--let", "finish-outstanding-tasks:labels"] + snapshot)
    #expect(named.status == 0, "\(named.stderr)")
    #expect(named.stdout == "['Export final assets (in_progress)']\n")
    let within = try CommandRunner.run(
      ["eval", "--rule", "finish-outstanding-tasks", "size(open)"] + snapshot)
    #expect(within.stdout == "1\n")
    let misspelt = try CommandRunner.run(["eval", "--let", "finish-outstanding-tasks:lables"] + snapshot)
    #expect(misspelt.status == 2)
    #expect(
      misspelt.stderr
        == "error: the rule 'finish-outstanding-tasks' has no let 'lables'\n  hint: did you mean 'labels'?\n")
    let unknown = try CommandRunner.run(["eval", "--rule", "finish-tasks", "true"] + snapshot)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.hasPrefix("error: no rule 'finish-tasks' in the rule set"))
    let both = try CommandRunner.run(["eval", "true", "--let", "finish-outstanding-tasks:open"])
    #expect(both.status == 2)
    #expect(both.stderr.contains("--let names what to evaluate: give no expression and no --rule with it."))
  }

  @Test func withoutASnapshotEverySectionReadsAsItsDefault() throws {
    let output = try CommandRunner.run(["eval", "[tasks, feedback.public_text, contract]", "--no-config"])
    #expect(output.stdout == "[[], '', null]\n")
  }

  @Test func jsonKeepsTheTypes() throws {
    let output = try CommandRunner.run(["eval", "[1, 1u, 1.0, 'x', null]", "--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let items = try #require(document["list"] as? [[String: Any]])
    #expect(items.map { $0.keys.first } == ["int", "uint", "double", "string", "null"])
  }

  @Test func compileErrorsPointIntoTheExpression() throws {
    let output = try CommandRunner.run(["eval", "1 + 'a'"])
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("<expression>:1:3: error: "))
    #expect(output.stderr.contains("  1 + 'a'\n    ^"))
  }

  @Test func evaluationErrorsExitTwo() throws {
    let output = try CommandRunner.run([
      "eval", "int(contract.id)", "--snapshot", "examples/ready-to-end.yaml",
    ])
    #expect(output.status == 2)
    #expect(
      output.stderr.contains(
        "<expression>:1:1: error: type conversion error: cannot convert 'ct-2117' to int"))
  }

  @Test func fieldsAreCheckedAgainstTheSnapshotSchema() throws {
    let output = try CommandRunner.run(["eval", "tasks.filter(t, t.stauts == 'open')"])
    #expect(output.status == 2)
    #expect(
      output.stderr.contains(
        """
        <expression>:1:19: error: unknown field 'stauts' on task; did you mean 'status'?
          tasks.filter(t, t.stauts == 'open')
                            ^
        """))
  }

  @Test func aBadSnapshotIsALocatedError() throws {
    let folder = try CommandRunner.folder(["s.yaml": "- not a mapping\n"])
    let output = try CommandRunner.run(["eval", "true", "--snapshot", folder.appending(path: "s.yaml").path])
    #expect(output.status == 2)
    #expect(output.stderr.contains("s.yaml:1:1: error: a snapshot must be a mapping of sections, not a list"))
  }
}
