import Foundation
import Testing

@testable import CloseoutKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CheckstyleReporterTests {
  @Test func writesAFilePerSnapshotAndAnErrorPerFindingAtLineOne() {
    #expect(
      CheckstyleReporter().render([
        ReporterSamples.ready, ReporterSamples.notReady, ReporterSamples.unreadable,
      ]) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="examples/ready.yaml"/>
          <file name="examples/not-ready.yaml">
            <error line="1" column="1" severity="error" message="Get the client&apos;s agreement: Acme has not agreed. Next: Ask Acme." source="closeout.client-agreement"/>
            <error line="1" column="1" severity="info" message="Leave feedback: No feedback yet." source="closeout.feedback-window"/>
          </file>
          <file name="bad.yaml">
            <error line="2" column="14" severity="error" message="expected &apos;,&apos; or &apos;}&apos;" source="closeout.snapshot"/>
          </file>
        </checkstyle>

        """)
  }

  @Test func aRuleThatCouldNotBeEvaluatedIsAnErrorNamingTheRuleFilesPlace() {
    let text = CheckstyleReporter().entry(ReporterSamples.withRuleError, index: 0)
    #expect(
      text.hasSuffix(
        """
            <error line="1" column="1" severity="error" message="rules/r.yaml:4:9: rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos; (guard it)" source="closeout.rule-error"/>
          </file>

        """))
  }

  @Test func aFindingWithAPlaceIsWrittenThere() {
    let finding = Finding(rule: "r", severity: .warning, title: "T", message: "M", next: nil)
    let placed = CheckstyleReporter.ReportedError(
      finding, at: SourceLocation(file: "s.yaml", line: 7, column: 3))
    #expect(placed.line == 7)
    #expect(placed.column == 3)
    #expect(placed.severity == "warning" && placed.message == "T: M" && placed.source == "closeout.r")
  }

  @Test func aFindingIsWrittenAtTheFirstPlaceItPointsAt() {
    var result = ReporterSamples.notReady
    var finding = Finding(rule: "r", severity: .blocker, title: "T", message: "M", next: nil)
    finding.locations = [
      SnapshotLocation(path: "tasks[1]", location: SourceLocation(file: "x.yaml", line: 9, column: 5))
    ]
    result.checklist?.steps[0].findings = [finding]
    #expect(
      CheckstyleReporter().entry(result, index: 0).contains(
        #"<error line="9" column="5" severity="error" message="T: M" source="closeout.r"/>"#))
  }

  @Test func hostileTextIsEscapedAndTheDocumentParses() throws {
    let text = CheckstyleReporter().render([ReporterSamples.hostileResult])
    let attribute =
      #"a &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt; ]]&gt; *x* _y_ [l](http://e.x) | #1 `c`\u{0}\u{1B}[2J&#13;&#10;next\u{202E}\u{FFFE}"#
    #expect(text.contains("<file name=\"\(attribute)\">"))
    #expect(
      text.contains(
        "message=\"\(attribute): \(attribute) Next: \(attribute)\" source=\"closeout.r&lt;1&gt;\"/>"))
    let document = try XMLDocument(xmlString: text)
    let error = try #require(
      document.rootElement()?.elements(forName: "file").first?.elements(forName: "error").first)
    #expect(
      error.attribute(forName: "source")?.stringValue == "closeout.r<1>")
    #expect(
      error.attribute(forName: "message")?.stringValue?.hasPrefix(#"a <b>&"'</b> ]]> *x*"#) == true)
  }
}
