import Testing

@testable import CloseoutKit

@Suite struct TextReporterTests {
  private let reporter = TextReporter(style: TextStyle(colors: false))

  /// A checked snapshot whose every text needs escaping, and a multi-line message.
  private var escaped: CheckResult {
    var result = CheckResult(file: "s\u{1B}.yaml", errors: [])
    result.contractID = "ct-\u{07}"
    result.checklist = Checklist(
      steps: [
        .init(
          id: "a", title: "A \u{9B} step", status: .next,
          findings: [
            Finding(
              rule: "r", severity: .warning, title: "T\u{1B}[2J", message: "one\r\ntwo\n\nthree",
              next: "go \u{85}")
          ])
      ], next: .init(step: "a", action: "act\u{1B}[2J now"), errors: [])
    return result
  }

  @Test func escapesControlCharactersAndLineBreaks() {
    #expect(
      reporter.entry(escaped, index: 0) == """
        ✓ s\\u{1B}.yaml (contract ct-\\u{7}): ready to request the end (0 blockers, 1 warning, 0 advice)
          Next: act\\u{1B}[2J now
          1. → A \\u{9B} step — next
               warning T\\u{1B}[2J [r]
                       one\\u{D}\\u{A}two\\u{A}\\u{A}three
                       → go \\u{85}


        """)
  }

  @Test func placesInTheSnapshotAreListedUnderAFindingEscaped() {
    var result = escaped
    var finding = Finding(rule: "r", severity: .blocker, title: "T", message: "M", next: "N")
    finding.locations = (1...5).map { line in
      SnapshotLocation(
        path: "messages[\(line)].text", location: SourceLocation(file: "s.yaml", line: line, column: 3),
        word: line == 1 ? "Pay\u{202E}Pal" : nil)
    }
    result.checklist?.steps[0].findings = [finding]
    #expect(
      reporter.entry(result, index: 0).split(separator: "\n").dropFirst(4).joined(separator: "\n") == """
                       M
                       at s.yaml:1:3 messages[1].text: "Pay\\u{202E}Pal"
                       at s.yaml:2:3 messages[2].text
                       at s.yaml:3:3 messages[3].text
                       and 2 more places
                       → N
        """)
  }

  @Test func plainTextIsWrittenAsItIs() {
    var result = escaped
    result.file = "é ✓.yaml"
    result.contractID = nil
    result.checklist?.steps[0].title = "Ünïcode — ✓"
    result.checklist?.steps[0].findings[0] = Finding(
      rule: "r", severity: .advice, title: "Tab\there", message: "©, « » and \u{A0}", next: nil)
    #expect(
      reporter.entry(result, index: 0) == """
        ✓ é ✓.yaml: ready to request the end (0 blockers, 0 warnings, 1 advice)
          Next: act\\u{1B}[2J now
          1. → Ünïcode — ✓ — next
               advice  Tab\there [r]
                       ©, « » and \u{A0}


        """)
  }

  @Test func colorsWrapTheMarksAndLabels() {
    let colored = TextReporter(style: TextStyle(colors: true))
    let text = colored.entry(escaped, index: 0)
    #expect(
      text.hasPrefix(
        "\u{1B}[32m✓ s\\u{1B}.yaml (contract ct-\\u{7}): ready to request the end\u{1B}[0m (0 blockers"))
    #expect(text.contains("  \u{1B}[1mNext:\u{1B}[0m act\\u{1B}[2J now\n"))
    #expect(text.contains("  1. \u{1B}[33m→\u{1B}[0m \u{1B}[1mA \\u{9B} step\u{1B}[0m — next\n"))
    #expect(text.contains("       \u{1B}[33mwarning\u{1B}[0m T\\u{1B}[2J \u{1B}[2m[r]\u{1B}[0m\n"))
  }

  @Test func anUnreadableSnapshotIsQuotedFromItsOwnText() {
    var result = CheckResult(
      file: "bad.yaml",
      errors: [Diagnostic(at: SourceLocation(file: "bad.yaml", line: 2, column: 6), "broken")])
    result.source = "a: 1\nb:\t\"é\u{1B}\nc: 3\n"
    #expect(
      reporter.entry(result, index: 0) == """
        ✗ bad.yaml: could not be checked
          bad.yaml:2:6: error: broken
            b:\t"é\\u{1B}
        """ + "\n      \t  ^\n\n")
  }

  @Test func quotesLinesOfFilesWithCRLFLineEnds() {
    var result = CheckResult(
      file: "crlf.yaml",
      errors: [
        Diagnostic(at: SourceLocation(file: "crlf.yaml", line: 2, column: 1), "second"),
        Diagnostic(at: SourceLocation(file: "crlf.yaml", line: 1, column: 3), "first"),
      ])
    result.source = "a: 1\r\nb: 2\r"
    #expect(
      reporter.entry(result, index: 0) == """
        ✗ crlf.yaml: could not be checked
          crlf.yaml:2:1: error: second
            b: 2
            ^
          crlf.yaml:1:3: error: first
            a: 1
              ^


        """)
  }

  @Test func aRuleFileKnownToTheRendererWinsOverTheSnapshotText() {
    let known = TextReporter(
      style: TextStyle(colors: false), diagnostics: DiagnosticRenderer(sources: ["x.yaml": "rule line"]))
    var result = CheckResult(
      file: "x.yaml", errors: [Diagnostic(at: SourceLocation(file: "x.yaml", line: 1, column: 1), "e")])
    result.source = "snapshot line"
    #expect(known.entry(result, index: 0).contains("    rule line\n"))
  }

  @Test func aBatchIsItsEntriesThenASummary() {
    let unreadable = CheckResult(file: "gone.yaml", errors: [Diagnostic(at: nil, "cannot read")])
    let results = [escaped, unreadable, escaped]
    let entries = results.enumerated().map { reporter.entry($1, index: $0) }.joined()
    #expect(
      reporter.render(results)
        == entries + "3 snapshots: 2 ready, 0 not ready, 1 could not be checked\n\n")
    #expect(reporter.render([escaped]) == reporter.entry(escaped, index: 0))
    #expect(reporter.render([]) == "\n")
  }

  @Test func theVerdictSaysWhereTheContractStands() {
    var result = escaped
    result.contractStatus = "end_requested"
    #expect(
      reporter.entry(result, index: 0).hasPrefix(
        "✓ s\\u{1B}.yaml (contract ct-\\u{7}): end requested, 1 thing left ("))
    result.contractStatus = "ended"
    result.checklist?.steps[0].status = .done
    result.checklist?.next = nil
    let text = reporter.entry(result, index: 0)
    #expect(text.hasPrefix("✓ s\\u{1B}.yaml (contract ct-\\u{7}): ended, nothing left ("))
    #expect(!text.contains("Next:"))
    result.contractStatus = "active"
    result.checklist?.steps[0].status = .blocked
    result.checklist?.steps[0].findings[0].severity = .blocker
    #expect(
      reporter.entry(result, index: 0).hasPrefix(
        "✗ s\\u{1B}.yaml (contract ct-\\u{7}): not ready to end (1 blocker,"))
  }
}
