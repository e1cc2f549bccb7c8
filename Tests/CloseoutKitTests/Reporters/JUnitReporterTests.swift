import Foundation
import Testing

@testable import CloseoutKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct JUnitReporterTests {
  private let reporter = JUnitReporter(rules: ReporterSamples.rules)

  @Test func writesASuitePerSnapshotAndATestCasePerRule() {
    #expect(
      reporter.render([ReporterSamples.ready, ReporterSamples.notReady, ReporterSamples.unreadable]) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="closeout" tests="7" failures="2" errors="1" skipped="1">
          <testsuite name="examples/ready.yaml (ct-1)" tests="3" failures="0" errors="0" skipped="1">
            <testcase classname="communicate" name="client-agreement: Get the client&apos;s agreement"/>
            <testcase classname="finish-work" name="tasks-done: Finish the tasks"/>
            <testcase classname="feedback" name="feedback-window: Leave feedback">
              <skipped message="the step does not concern this contract"/>
            </testcase>
          </testsuite>
          <testsuite name="examples/not-ready.yaml (ct-2)" tests="3" failures="2" errors="0" skipped="0">
            <testcase classname="communicate" name="client-agreement: Get the client&apos;s agreement">
              <failure type="blocker" message="Acme has not agreed.">Ask Acme.</failure>
            </testcase>
            <testcase classname="finish-work" name="tasks-done: Finish the tasks"/>
            <testcase classname="feedback" name="feedback-window: Leave feedback">
              <failure type="advice" message="No feedback yet."></failure>
            </testcase>
          </testsuite>
          <testsuite name="bad.yaml" tests="1" failures="0" errors="1" skipped="0">
            <testcase classname="closeout" name="read the snapshot">
              <error type="error" message="bad.yaml:2:14: expected &apos;,&apos; or &apos;}&apos;">bad.yaml:2:14: expected &apos;,&apos; or &apos;}&apos;</error>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }

  @Test func aFailureListsThePlacesAfterTheNextStep() {
    var result = ReporterSamples.notReady
    var finding = Finding(rule: "client-agreement", severity: .blocker, title: "T", message: "M", next: "Ask.")
    finding.locations = [
      SnapshotLocation(path: "client_agreement", location: SourceLocation(file: "n.yaml", line: 20, column: 3))
    ]
    result.checklist?.steps[0].findings = [finding]
    #expect(
      reporter.render([result]).contains(
        #"<failure type="blocker" message="M">Ask.\#nat n.yaml:20:3 client_agreement</failure>"#))
  }

  @Test func rulesThatCouldNotBeEvaluatedAreOneErroredTestCase() {
    let text = reporter.render([ReporterSamples.withRuleError])
    #expect(
      text.contains("<testsuites name=\"closeout\" tests=\"4\" failures=\"2\" errors=\"1\" skipped=\"0\">"))
    #expect(
      text.contains(
        """
            <testcase classname="closeout" name="evaluate the rules">
              <error type="error" message="rules/r.yaml:4:9: rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos;">rules/r.yaml:4:9: rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos;
          hint: guard it</error>
            </testcase>
          </testsuite>

        """))
  }

  @Test func testCasesFollowTheChecklistsStepsAndAFiredRuleOutsideTheListStillCounts() {
    let rules =
      ReporterSamples.rules.reversed() + [
        RuleSummary(id: "other", title: "Other", step: "elsewhere", severity: .advice)
      ]
    let text = JUnitReporter(rules: Array(rules)).render([ReporterSamples.notReady])
    let names = text.split(separator: "\n").filter { $0.contains("<testcase") }.map {
      $0.split(separator: " name=\"")[1].prefix { $0 != ":" }
    }
    #expect(names == ["client-agreement", "tasks-done", "feedback-window", "other"])
    let unlisted = JUnitReporter(rules: []).render([ReporterSamples.notReady])
    #expect(unlisted.contains("tests=\"2\" failures=\"2\""))
    #expect(unlisted.contains("<testcase classname=\"feedback\" name=\"feedback-window: Leave feedback\">"))
  }

  @Test func hostileTextIsEscapedAndControlCharactersWrittenAsEscapes() throws {
    let text = reporter.render([ReporterSamples.hostileResult])
    let attribute =
      #"a &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt; ]]&gt; *x* _y_ [l](http://e.x) | #1 `c`\u{0}\u{1B}[2J&#13;&#10;next\u{202E}\u{FFFE}"#
    let content =
      #"a &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt; ]]&gt; *x* _y_ [l](http://e.x) | #1 `c`\u{0}\u{1B}[2J&#13;"#
      + "\n" + #"next\u{202E}\u{FFFE}"#
    #expect(text.contains("<testsuite name=\"\(attribute) (\(attribute))\""))
    #expect(text.contains("<testcase classname=\"communicate\" name=\"r&lt;1&gt;: \(attribute)\">"))
    #expect(text.contains("<failure type=\"blocker\" message=\"\(attribute)\">\(content)</failure>"))
    #expect(XMLText.attribute("tab\there") == "tab&#9;here")
    #expect(XMLText.content("tab\there\u{85}\u{7F}\u{2028}") == "tab\there" + #"\u{85}\u{7F}\u{2028}"#)
    #expect(try XMLDocument(xmlString: text).rootElement()?.name == "testsuites")
  }
}
