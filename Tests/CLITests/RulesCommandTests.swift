import Foundation
import Testing

@Suite struct RulesCommandTests {
  /// A rule set with one rule and a snapshot on which it fires.
  private static let rules = """
    steps:
      - {id: a, title: Step A}
    rules:
      - id: open-tasks
        step: a
        severity: blocker
        title: Finish open tasks
        let:
          open: "tasks == null ? [] : tasks.filter(t, t.status == 'open')"
        when: open.size() > 0
        message: "{{ open.size() }} open"
    """
  private static let snapshot = """
    snapshot_version: 1
    as_of: 2026-11-20T10:00:00Z
    contract: {id: ct-1, kind: fixed_price, status: active}
    tasks: [{id: t-1, title: Export, status: open}]
    """

  private func lastLine(_ text: String) -> String {
    String(text.split(separator: "\n").last ?? "")
  }

  @Test func theDefaultRuleTestsPass() throws {
    let output = try CommandRunner.run(["rules", "test", "--color", "never"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stderr.isEmpty)
    let last = lastLine(output.stdout)
    #expect(last.range(of: #"^[1-9][0-9]* passed, 0 failed$"#, options: .regularExpression) != nil, "\(last)")
    #expect(output.stdout.contains("✓ rules/tests/communicate.yaml: "))
  }

  @Test func theDefaultRulesAreFullyCovered() throws {
    let output = try CommandRunner.run(["rules", "test", "rules", "--coverage", "--min-coverage", "100"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("coverage: 24 of 24 rules have a firing and a silent case (100%)"))
  }

  @Test func aFailingCaseExitsOneAndShowsTheLetValues() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": Self.rules,
      "rules/tests/snapshots/s.yaml": Self.snapshot,
      "rules/tests/t.yaml": """
      snapshot: snapshots/s.yaml
      cases:
        - {name: fires, fires: [open-tasks]}
        - {name: wrongly silent, silent: [open-tasks]}
      """,
    ])
    let rules = folder.appending(path: "rules").path
    let output = try CommandRunner.run(["rules", "test", rules, "--color", "never"])
    #expect(output.status == 1)
    #expect(output.stdout.contains("✓ \(rules)/tests/t.yaml: fires\n"))
    #expect(output.stdout.contains("✗ \(rules)/tests/t.yaml: wrongly silent\n"))
    #expect(output.stdout.contains("    expected open-tasks to stay silent, but it fired: 1 open\n"))
    #expect(output.stdout.contains("      let open = [{'id': 't-1', 'title': 'Export', 'status': 'open'}]\n"))
    #expect(lastLine(output.stdout) == "1 passed, 1 failed")

    let json = try CommandRunner.run(["rules", "test", rules, "--format", "json", "--coverage"])
    #expect(json.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(document["passed"] as? Int == 1)
    #expect(document["failed"] as? Int == 1)
    let cases = try #require(document["cases"] as? [[String: Any]])
    #expect(cases.map { $0["passed"] as? Bool } == [true, false])
    #expect((document["coverage"] as? [String: Any])?["covered"] as? Int == 1)
  }

  @Test func lowCoverageExitsOne() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": Self.rules,
      "rules/tests/snapshots/s.yaml": Self.snapshot,
      "rules/tests/t.yaml": "snapshot: snapshots/s.yaml\ncases:\n  - {name: fires, fires: [open-tasks]}\n",
    ])
    let rules = folder.appending(path: "rules").path
    let output = try CommandRunner.run(["rules", "test", rules, "--min-coverage", "50"])
    #expect(output.status == 1)
    #expect(output.stdout.contains("  no case keeps these silent: open-tasks\n"))
    #expect(lastLine(output.stdout) == "1 passed, 0 failed")
    #expect(output.stderr == "coverage 0% is below --min-coverage 50%\n")
    #expect(try CommandRunner.run(["rules", "test", rules, "--min-coverage", "0"]).status == 0)
  }

  @Test func aBrokenTestFileExitsTwoWithLocatedDiagnostics() throws {
    let folder = try CommandRunner.folder([
      "rules/r.yaml": Self.rules,
      "rules/tests/snapshots/s.yaml": Self.snapshot,
      "rules/tests/t.yaml": """
      snapshot: snapshots/s.yaml
      cases:
        - {name: typo, fires: [open-taks]}
        - {name: fine, fires: [open-tasks]}
      """,
    ])
    let rules = folder.appending(path: "rules").path
    let output = try CommandRunner.run(["rules", "test", rules, "--color", "never"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("\(rules)/tests/t.yaml:3:26: error: unknown rule id 'open-taks'\n"))
    #expect(output.stderr.contains("  hint: did you mean 'open-tasks'?"))
    #expect(lastLine(output.stdout) == "1 passed, 0 failed")
  }

  @Test func noTestsAtAllIsAnError() throws {
    let folder = try CommandRunner.folder(["rules/r.yaml": Self.rules])
    let rules = folder.appending(path: "rules").path
    let output = try CommandRunner.run(["rules", "test", rules])
    #expect(output.status == 2)
    #expect(output.stderr.contains("error: no rule tests found: looked for '\(rules)/tests/*.yaml'"))
  }

  @Test func theCommittedCatalogueIsWhatRulesDocPrints() throws {
    let output = try CommandRunner.run(["rules", "doc"])
    #expect(output.status == 0)
    let committed = try String(
      contentsOf: CommandRunner.repository.appending(path: "docs/rules.md"), encoding: .utf8)
    #expect(
      output.stdout == committed.replacingOccurrences(of: " --output docs/rules.md", with: ""),
      "docs/rules.md is stale: run `swift run closeout rules doc --output docs/rules.md`")
  }

  @Test func rulesDocWritesHTMLToAFile() throws {
    let folder = try CommandRunner.folder(["rules/r.yaml": Self.rules])
    let file = folder.appending(path: "catalogue.html").path
    let output = try CommandRunner.run([
      "rules", "doc", folder.appending(path: "rules").path, "--format", "html", "--output", file,
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h3><code>open-tasks</code></h3>"))
    #expect(html.contains("<li>Fires in: no case</li>"))
  }
}
