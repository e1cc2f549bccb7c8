import Testing

@testable import CloseoutKit

@Suite struct GitHubReporterTests {
  private let reporter = GitHubReporter()

  @Test func annotatesEachFindingOnItsSnapshotAndSumsUpTheRun() {
    #expect(
      reporter.render([StreamingFixtures.ready, StreamingFixtures.notReady]) == """
        ::notice file=ready.yaml,title=Share the docs [handover-docs]::Not shared.
        ::error file=not-ready.yaml,title=Get the client's agreement [client-agreement]::Acme has not agreed.%0ANext: Ask Acme.
        ::warning file=not-ready.yaml,title=Leave feedback [feedback-window]::No feedback.
        ::notice::2 snapshots: 1 ready, 1 not ready

        """)
  }

  @Test func anUnreadableSnapshotIsAnErrorAtItsLineAndColumn() {
    #expect(
      reporter.render([StreamingFixtures.unreadable]) == """
        ::error file=bad.yaml,line=2,col=6,title=could not be checked::broken
        ::notice::1 snapshot: 0 ready, 0 not ready, 1 could not be checked

        """)
    let unlocated = CheckResult(
      file: "gone.yaml", errors: [Diagnostic(at: nil, "cannot read", hint: "Check the path.")])
    #expect(
      reporter.entry(unlocated, index: 0)
        == "::error file=gone.yaml,title=could not be checked::cannot read%0ACheck the path.\n")
  }

  @Test func aRuleErrorIsAnErrorInTheRuleFileNamingTheSnapshot() {
    #expect(
      reporter.entry(StreamingFixtures.ruleError, index: 0)
        == "::error file=rules/r.yaml,line=4,col=9,title=a rule could not be evaluated on odd.yaml::no such key: 'x'\n"
    )
  }

  @Test func escapesTextAsGitHubDocuments() {
    let data = #"a,b: 100%25 # SKIP%0A::error::forged\u{D}\u{2028}\u{1B}[2J\u{202E}"#
    let property = #"a%2Cb%3A 100%25 # SKIP%0A%3A%3Aerror%3A%3Aforged\u{D}\u{2028}\u{1B}[2J\u{202E}"#
    #expect(Annotation.data(StreamingFixtures.hostileText) == data)
    #expect(Annotation.property(StreamingFixtures.hostileText) == property)
    #expect(Annotation.data("50%\r\nnext") == "50%25\\u{D}%0Anext")
    #expect(
      reporter.entry(StreamingFixtures.hostile, index: 0)
        == "::error file=\(property),title=\(property) [r]::\(data)%0ANext: \(data)\n")
  }

  @Test func aFindingIsAnnotatedAtItsFirstPlaceAndNamesTheOthers() {
    var result = StreamingFixtures.notReady
    var finding = Finding(rule: "open-tasks", severity: .blocker, title: "Finish", message: "2 open.")
    finding.locations = [
      SnapshotLocation(path: "tasks[0]", location: SourceLocation(file: "not-ready.yaml", line: 40, column: 5)),
      SnapshotLocation(path: "tasks[2]", location: SourceLocation(file: "not-ready.yaml", line: 48, column: 5)),
    ]
    result.checklist?.steps[0].findings = [finding]
    #expect(
      reporter.entry(result, index: 0)
        == "::error file=not-ready.yaml,line=40,col=5,title=Finish [open-tasks]::2 open.%0AAlso at 48:5 tasks[2]\n")
  }

  @Test func anAnnotationNamesALineAndColumnWhenItHasThem() {
    var annotation = Annotation(command: "warning", file: "s.yaml", title: "T", message: "M")
    var text = ""
    annotation.append(to: &text)
    annotation.line = 7
    annotation.column = 3
    annotation.append(to: &text)
    #expect(text == "::warning file=s.yaml,title=T::M\n::warning file=s.yaml,line=7,col=3,title=T::M\n")
  }
}
