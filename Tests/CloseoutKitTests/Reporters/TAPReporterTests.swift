import Testing

@testable import CloseoutKit

@Suite struct TAPReporterTests {
  private let reporter = TAPReporter()

  @Test func writesATestPointPerSnapshotAndThePlanLast() {
    #expect(
      reporter.render([StreamingFixtures.ready, StreamingFixtures.notReady, StreamingFixtures.unreadable])
        == """
        TAP version 13
        ok 1 - ready.yaml (ct-1): ready to request the end
        not ok 2 - not-ready.yaml (ct-2): not ready to end
          ---
          findings:
            - severity: blocker
              rule: "client-agreement"
              message: "Acme has not agreed."
              next: "Ask Acme."
            - severity: warning
              rule: "feedback-window"
              message: "No feedback."
          ...
        not ok 3 - bad.yaml: could not be checked
          ---
          errors:
            - file: "bad.yaml"
              line: 2
              column: 6
              message: "broken"
          ...
        1..3

        """)
  }

  @Test func aFindingsPlacesAreListedUnderAt() {
    var result = StreamingFixtures.notReady
    var finding = Finding(rule: "r", severity: .blocker, title: "T", message: "M")
    finding.locations = [
      SnapshotLocation(
        path: "messages[1].text", location: SourceLocation(file: "n.yaml", line: 34, column: 16), word: "PayPal")
    ]
    result.checklist?.steps[0].findings = [finding]
    #expect(
      reporter.entry(result, index: 0).contains(
        """
              message: "M"
              at:
                - "n.yaml:34:16 messages[1].text: \\"PayPal\\""
        """))
  }

  @Test func aRuleErrorMakesTheSnapshotNotOk() {
    #expect(
      reporter.entry(StreamingFixtures.ruleError, index: 4) == """
        not ok 5 - odd.yaml (ct-3): not ready: some rules could not be evaluated
          ---
          errors:
            - file: "rules/r.yaml"
              line: 4
              column: 9
              message: "no such key: 'x'"
          ...

        """)
    let unlocated = CheckResult(file: "gone.yaml", errors: [Diagnostic(at: nil, "cannot read")])
    #expect(
      reporter.entry(unlocated, index: 0).hasSuffix(
        "  errors:\n    - file: \"gone.yaml\"\n      message: \"cannot read\"\n  ...\n"))
  }

  @Test func anEmptyBatchPlansNoTests() {
    #expect(reporter.render([]) == "TAP version 13\n1..0\n")
  }

  @Test func escapesDescriptionsAndYAMLValues() {
    let description = ##"a,b: 100% \u{23} SKIP\\u{A}::error::forged\\u{D}\\u{2028}\\u{1B}[2J\\u{202E}"##
    let scalar = #""a,b: 100% # SKIP\n::error::forged\\u{D}\\u{2028}\\u{1B}[2J\\u{202E}""#
    #expect(
      reporter.entry(StreamingFixtures.hostile, index: 0) == """
        not ok 1 - \(description) (\(description)): not ready to end
          ---
          findings:
            - severity: blocker
              rule: "r"
              message: \(scalar)
              next: \(scalar)
          ...

        """)
    #expect(TAPReporter.description(#"C:\dir #1"#) == ##"C:\\dir \u{23}1"##)
  }
}
