import Testing

@testable import CloseoutKit

@Suite struct MarkdownReporterTests {
  @Test func writesATableThenTheChecklistsOfTheContractsNotReady() {
    #expect(
      MarkdownReporter().render([ReporterSamples.ready, ReporterSamples.notReady, ReporterSamples.unreadable])
        == #"""
        ## Closeout

        3 snapshots: 1 ready, 1 not ready, 1 could not be checked

        | File | Contract | Verdict | Blockers | Warnings | Advice |
        |---|---|---|--:|--:|--:|
        | examples/ready.yaml | ct-1 | ✓ ready to request the end | 0 | 0 | 0 |
        | examples/not-ready.yaml | ct-2 | ✗ not ready to end | 1 | 0 | 1 |
        | bad.yaml |  | ✗ could not be checked | 0 | 0 | 0 |

        ### examples/not-ready.yaml (contract ct-2): not ready to end

        **Next:** Ask Acme.

        - [ ] Step communicate — blocked
          - **blocker** Get the client's agreement `client-agreement`\
            Acme has not agreed.\
            → Ask Acme.
        - [x] Step finish-work — done
        - [ ] Step feedback — waiting
          - **advice** Leave feedback `feedback-window`\
            No feedback yet.

        ### bad.yaml: could not be checked

        Problems:

        - bad.yaml:2:14: error: expected ',' or '}'

        """#)
  }

  @Test func aFindingsPlacesAreCodeSpansUnderItsMessage() {
    var result = ReporterSamples.notReady
    var finding = Finding(rule: "r", severity: .blocker, title: "T", message: "M", next: "N")
    finding.locations = [
      SnapshotLocation(path: "tasks[0]", location: SourceLocation(file: "n.yaml", line: 40, column: 5)),
      SnapshotLocation(
        path: "messages[1].text", location: SourceLocation(file: "n.yaml", line: 34, column: 16), word: "`x`"),
    ]
    result.checklist?.steps[0].findings = [finding]
    #expect(
      MarkdownReporter().render([result]).contains(
        "M\\\n    at `n.yaml:40:5 tasks[0]`, ``n.yaml:34:16 messages[1].text: \"`x`\"``\\\n    → N\n"))
  }

  @Test func rulesThatCouldNotBeEvaluatedAreListedUnderTheChecklist() {
    let text = MarkdownReporter().render([ReporterSamples.withRuleError])
    #expect(text.contains("| examples/not-ready.yaml | ct-2 | ✗ not ready: some rules could not be evaluated | 1 | 0 | 1 |"))
    #expect(
      text.hasSuffix(
        #"""
            No feedback yet.

        Problems:

        - rules/r.yaml:4:9: error: rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks' (guard it)

        """#))
  }

  @Test func hostileTextCannotBreakTheTableOrTheListNorAddLinksOrHTML() {
    let text = MarkdownReporter().render([ReporterSamples.hostileResult])
    let escaped =
      ##"a \<b\>\&"'\</b\> \]\]\> \*x\* \_y\_ \[l\](http://e.x) \| \#1 \`c\`\\u{0}\\u{1B}\[2J\\u{D}\\u{A}next\\u{202E}"##
      + "\u{FFFE}"
    #expect(text.contains("\n| \(escaped) | \(escaped) | ✗ not ready to end | 1 | 0 | 0 |\n"))
    #expect(text.contains("\n### \(escaped) (contract \(escaped)): not ready to end\n"))
    #expect(text.contains("\n**Next:** \(escaped)\n"))
    #expect(text.contains("\n  - **blocker** \(escaped) `r<1>`\\\n    \(escaped)\\\n    → \(escaped)\n"))
    // Every line is one the reporter wrote: none starts with text from the snapshot.
    let starts = ["## ", "| ", "|---", "### ", "**Next:** ", "- [", "  - **", "    "]
    for line in text.split(separator: "\n") {
      #expect(starts.contains { line.hasPrefix($0) } || line.hasSuffix("not ready"), "\(line)")
    }
  }
}
