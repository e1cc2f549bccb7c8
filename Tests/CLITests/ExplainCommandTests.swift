import Foundation
import Testing

@Suite struct ExplainCommandTests {
  @Test func explainsARuleOnASnapshot() throws {
    let output = try CommandRunner.run(["explain", "client-agreement", "examples/not-ready.yaml"])
    #expect(output.status == 0)
    #expect(
      output.stdout.hasPrefix("examples/not-ready.yaml:\nrule client-agreement (rules/communicate.yaml:"))
    #expect(output.stdout.contains("blocker: fires"))
    #expect(output.stdout.contains("  when "))
  }

  @Test func checkExplainIsTheSame() throws {
    let explain = try CommandRunner.run(["explain", "finish-outstanding-tasks", "examples/ready-to-end.yaml"])
    let check = try CommandRunner.run([
      "check", "--explain", "finish-outstanding-tasks", "examples/ready-to-end.yaml",
    ])
    #expect(check.stdout == explain.stdout)
    #expect(check.stdout.contains("does not fire"))
  }

  @Test func anUnknownRuleIsAnErrorWithASuggestion() throws {
    let output = try CommandRunner.run(["explain", "client-agreemnt", "examples/not-ready.yaml"])
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "error: no rule 'client-agreemnt' in the rule set\n  hint: did you mean 'client-agreement'?\n")
  }

  @Test func timingsGoToStandardErrorSlowestFirst() throws {
    let output = try CommandRunner.run(["check", "examples/not-ready.yaml", "--timings", "--format", "json"])
    #expect(output.status == 1)
    #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [String: Any])
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.first == "timings per snapshot over 1 snapshot, slowest first:")
    #expect(lines.count == 26)
    let figures = lines.dropFirst().dropLast().compactMap { Double($0.split(separator: " ").first ?? "") }
    #expect(figures.count == 24)
    #expect(figures == figures.sorted(by: >))
    #expect(lines.last?.hasSuffix("all 24 rules") == true)
  }

  @Test func aWordFunctionsCallShowsWhichEntryMatchedAndWhere() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": """
      steps: [{id: a, title: A}]
      lists:
        endings: {en: [end the contract], es: [terminar el contrato]}
      rules:
        - id: ending
          step: a
          severity: advice
          title: T
          let:
            note: contract.id + ' - please end the contract'
          when: note.containsAnyWord(lists.endings, 'en')
          message: M
      """,
      "s.yaml":
        "snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\ncontract: {id: ct-1, kind: hourly, status: active}\n",
    ])
    let output = try CommandRunner.run(["explain", "ending", "s.yaml", "--rules", "rules"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout.contains(
        "  when note.containsAnyWord(lists.endings, 'en') → true\n"
          + "    matched 'end the contract' in note at character 15\n"))
  }
}
