import Foundation
import Testing

@testable import CloseoutKit

/// What each format writes when the rules could not be loaded (`Reporter.ruleErrors`): one
/// located problem and one without a place.
@Suite struct RuleErrorsReportTests {
  private static let problems = [
    ReporterSamples.ruleError, Diagnostic(at: nil, "no rule file in 'x'", hint: "add one"),
  ]

  private static func text(_ format: ReportFormat) -> String {
    format.reporter(ReportOptions(generated: Date(timeIntervalSince1970: 0))).ruleErrors(problems)
  }

  @Test func junitIsOneSuiteWithAnErrorTestCase() {
    #expect(
      Self.text(.junit) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="closeout" tests="1" failures="0" errors="1" skipped="0">
          <testsuite name="rules" tests="1" failures="0" errors="1" skipped="0">
            <testcase classname="closeout" name="load the rules">
              <error type="error" message="rules/r.yaml:4:9: rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos;">rules/r.yaml:4:9: rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos;
          hint: guard it
        no rule file in &apos;x&apos;
          hint: add one</error>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }

  @Test func checkstyleIsAnErrorAtEachPlaceInTheRuleFiles() {
    #expect(
      Self.text(.checkstyle) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <checkstyle version="4.3">
          <file name="rules/r.yaml">
            <error line="4" column="9" severity="error" message="rule &apos;tasks-done&apos; could not be evaluated on x.yaml: no such key: &apos;tasks&apos; (guard it)" source="closeout.rule-error"/>
          </file>
          <file name="-">
            <error line="1" column="1" severity="error" message="no rule file in &apos;x&apos; (add one)" source="closeout.rule-error"/>
          </file>
        </checkstyle>

        """)
  }

  @Test func tapIsOneFailedPointWithTheProblems() {
    #expect(
      Self.text(.tap) == """
        TAP version 13
        not ok 1 - the rules could not be loaded
          ---
          errors:
            - file: "rules/r.yaml"
              line: 4
              column: 9
              message: "rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks'"
            - file: "-"
              message: "no rule file in 'x'"
          ...
        1..1

        """)
  }

  @Test func githubIsAnErrorAnnotationPerProblem() {
    #expect(
      Self.text(.github) == """
        ::error file=rules/r.yaml,line=4,col=9,title=the rules could not be loaded::rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks'%0Aguard it
        ::error title=the rules could not be loaded::no rule file in 'x'%0Aadd one

        """)
  }

  @Test func markdownListsTheProblems() {
    #expect(
      Self.text(.markdown) == """
        ## Closeout

        The rules could not be loaded:

        - rules/r.yaml:4:9: error: rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks' (guard it)
        - error: no rule file in 'x' (add one)

        """)
  }

  @Test func ndjsonIsTheJSONDocumentOnOneLine() throws {
    let text = Self.text(.ndjson)
    #expect(text.hasSuffix("\n") && text.dropLast().split(separator: "\n").count == 1)
    let line = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(Self.text(.json).utf8)) as? [String: Any])
    #expect(NSDictionary(dictionary: line) == NSDictionary(dictionary: json))
    #expect((line["rule_errors"] as? [Any])?.count == 2)
  }

  @Test func icsIsAnEmptyCalendar() {
    #expect(
      Self.text(.ics)
        == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Closeout//Closeout//EN\r\nCALSCALE:GREGORIAN\r\n"
        + "END:VCALENDAR\r\n")
  }

  @Test func textLeavesTheProblemsToStandardError() {
    #expect(Self.text(.text).isEmpty)
  }
}
