import Testing

@testable import CloseoutKit

@Suite struct HTMLReporterTests {
  /// Every element the reporter writes: a `<` followed by anything else came from a snapshot.
  static let elements: Set<String> = [
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "ul", "ol",
    "li", "strong", "section", "span", "code", "bdi", "details", "summary", "div",
  ]

  /// The names after each `<` (or `</`) of `html`.
  static func tags(in html: String) -> [String] {
    html.split(separator: "<", omittingEmptySubsequences: false).dropFirst().map { piece in
      let name = piece.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != ">" }
      return name.lowercased()
    }
  }

  @Test func aPageWithTheTallyAndEachContractOpenUnlessReady() {
    let html = HTMLReporter().render([
      ReporterSamples.ready, ReporterSamples.notReady, ReporterSamples.unreadable,
    ])
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
    #expect(html.contains("<title>Closeout: 1 of 3 ready</title>"))
    #expect(html.hasSuffix("</body>\n</html>\n"))
    #expect(html.contains("<p>3 contracts checked</p>"))
    #expect(html.contains("<li class=\"ready\"><strong>1</strong> ready</li>"))
    #expect(html.contains("<li class=\"not-ready\"><strong>1</strong> not ready</li>"))
    #expect(html.contains("<li class=\"unreadable\"><strong>1</strong> could not be read</li>"))
    #expect(
      html.contains(
        "<details class=\"contract ready\">\n<summary><span class=\"mark\">✓</span> <bdi>examples/ready.yaml</bdi>"
          + " <span class=\"id\">contract <bdi>ct-1</bdi></span> <span class=\"verdict\">ready to request the end</span>"
      ))
    #expect(html.contains("<details class=\"contract not-ready\" open>"))
    #expect(html.contains("<details class=\"contract unreadable\" open>"))
    #expect(html.contains("<p class=\"next\"><strong>Next:</strong> <bdi>Ask Acme.</bdi></p>"))
    #expect(
      html.contains(
        "<li class=\"step blocked\"><span class=\"mark\">✗</span> <bdi class=\"title\">Step communicate</bdi> "
          + "<span class=\"status\">blocked</span>"))
    #expect(
      html.contains(
        "<li class=\"finding blocker\"><span class=\"badge blocker\">blocker</span> "
          + "<bdi class=\"title\">Get the client&#39;s agreement</bdi> <code>client-agreement</code>\n"
          + "<p class=\"message\" dir=\"auto\">Acme has not agreed.</p>\n"
          + "<p class=\"next-step\" dir=\"auto\">→ Ask Acme.</p>\n</li>"))
    #expect(html.contains("<span class=\"badge blocker\">1 blocker</span>"))
    #expect(html.contains("<span class=\"badge warning none\">0 warnings</span>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http"))  // no external resources
    #expect(Set(Self.tags(in: html)).isSubset(of: Self.elements))
  }

  @Test func anEmptyBatchIsAPageWithNoChart() {
    let html = HTMLReporter().render([])
    #expect(html.contains("<title>Closeout: 0 of 0 ready</title>"))
    #expect(html.contains("<p>0 contracts checked</p>"))
    #expect(html.contains("<p>No rule fired as a blocker or a warning.</p>"))
    #expect(html.hasSuffix("<section>\n<h2>Checklists</h2>\n</section>\n</body>\n</html>\n"))
  }

  @Test func theChartRanksRulesByContractsBlockedThenWarnedTopTen() {
    func result(_ findings: [(String, Severity)]) -> CheckResult {
      ReporterSamples.checked(
        "x.yaml", contract: "c",
        [
          (
            "s", .blocked,
            findings.map {
              Finding(rule: $0.0, severity: $0.1, title: "Title " + $0.0, message: "m", next: nil)
            }
          )
        ])
    }
    var results = [
      result([("once", .blocker), ("warned", .warning), ("advised", .advice)]),
      result([("twice", .blocker), ("warned", .warning), ("tied", .blocker)]),
      result([("twice", .blocker), ("warned", .warning), ("tied", .blocker), ("twice", .blocker)]),
    ]
    results += (0..<10).map { result([("extra\($0)", .warning)]) }
    let html = HTMLReporter().render(results)
    let rows = html.split(separator: "\n").filter { $0.hasPrefix("<li><span class=\"rule\">") }
    let ranked = rows.map { $0.split(separator: "<code>")[1].prefix { $0 != "<" } }
    #expect(
      ranked == [
        "twice", "tied", "once", "warned", "extra0", "extra1", "extra2", "extra3", "extra4", "extra5",
      ])
    #expect(rows[0].contains("<span class=\"blocker\" style=\"width: 15.3%\"></span>"))
    #expect(rows[0].hasSuffix("<span class=\"count\">blocks 2 of 13</span></li>"))
    #expect(rows[3].contains("<span class=\"warning\" style=\"width: 23.0%\"></span>"))
    #expect(!html.contains("<code>advised</code></span>"))
  }

  @Test(arguments: [(1, 8, "12.5%"), (2, 3, "66.6%"), (3, 3, "100.0%"), (1, 1000, "0.1%"), (1, 3000, "0.0%")])
  func percent(part: Int, whole: Int, expected: String) {
    #expect(HTMLReporter.percent(part, of: whole) == expected)
  }

  @Test func waivedFindingsAreShownWithTheirReasonButCountNowhere() {
    var result = ReporterSamples.notReady
    result.checklist?.steps[0].findings[0].waiver = .init(
      reason: "Client said yes <by phone>", acceptedBy: "Dana", expires: "2026-12-31",
      location: SourceLocation(file: "waivers.yaml", line: 3, column: 9))
    let html = HTMLReporter().render([result])
    #expect(
      html.contains(
        "<li class=\"finding waived\"><span class=\"badge waived\">waived blocker</span> "
          + "<bdi class=\"title\">Get the client&#39;s agreement</bdi>"))
    #expect(
      html.contains(
        "<p class=\"waiver\">Waived: <bdi>Client said yes &lt;by phone&gt;</bdi> — accepted by <bdi>Dana</bdi>, "
          + "expires <bdi>2026-12-31</bdi></p>\n</li>"))
    #expect(!html.contains("→ Ask Acme.</p>"))
    #expect(html.contains("<span class=\"badge blocker none\">0 blockers</span>"))
    #expect(html.contains("<span class=\"badge waived\">1 waived</span>"))
    #expect(html.contains("<p>No rule fired as a blocker or a warning.</p>"))
  }

  @Test func aFindingsPlacesAndBaselineMarkAreShown() {
    var result = ReporterSamples.notReady
    result.checklist?.steps[0].findings[0].locations = [
      SnapshotLocation(
        path: "messages[1].text", location: SourceLocation(file: "n.yaml", line: 34, column: 16), word: "<b>")
    ]
    result.checklist?.steps[0].findings[0].isInBaseline = true
    let html = HTMLReporter().render([result])
    #expect(
      html.contains(
        "<p class=\"places\">at <code><bdi>n.yaml:34:16 messages[1].text: &quot;&lt;b&gt;&quot;</bdi></code></p>"))
    #expect(html.contains("<span class=\"badge waived\">blocker, in baseline</span>"))
  }

  @Test func rulesThatCannotBeLoadedAreAPageOfTheirProblems() {
    let html = HTMLReporter().ruleErrors([
      Diagnostic(at: SourceLocation(file: "rules/r.yaml", line: 4, column: 9), "unknown key '<x>'")
    ])
    #expect(html.hasPrefix("<!doctype html>\n"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<title>Closeout: the rules could not be loaded</title>"))
    #expect(
      html.contains(
        "<li class=\"error\"><code>rules/r.yaml:4:9</code> <span class=\"level\">error</span> "
          + "<bdi>unknown key &#39;&lt;x&gt;&#39;</bdi></li>"))
  }

  @Test func problemsAreListedWithTheirPlace() {
    let html = HTMLReporter().render([ReporterSamples.unreadable, ReporterSamples.withRuleError])
    #expect(
      html.contains(
        "<li class=\"error\"><code>bad.yaml:2:14</code> <span class=\"level\">error</span> "
          + "<bdi>expected &#39;,&#39; or &#39;}&#39;</bdi></li>"))
    #expect(
      html.contains(
        "<li class=\"error\"><code>rules/r.yaml:4:9</code> <span class=\"level\">error</span> "
          + "<bdi>rule &#39;tasks-done&#39; could not be evaluated on x.yaml: no such key: &#39;tasks&#39;</bdi>"
          + "<p class=\"hint\" dir=\"auto\">hint: guard it</p></li>"))
    #expect(html.contains("<span class=\"verdict\">not ready: some rules could not be evaluated</span>"))
    #expect(
      html.contains("<strong>1</strong> not ready</li>\n<li class=\"unreadable\"><strong>1</strong> could"))
  }

  @Test func hostileTextIsEscapedAndIsolated() {
    let html = HTMLReporter().render([ReporterSamples.hostileResult])
    let start =
      #"a &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; ]]&gt; *x* _y_ [l](http://e.x) | #1 `c`\u{0}\u{1B}[2J\u{D}"#
    let end = #"next\u{202E}"# + "\u{FFFE}"
    // A message keeps its lines; text shown on one line writes its line feeds as `\u{A}`.
    let lines = start + "\n" + end
    let line = start + #"\u{A}"# + end
    #expect(html.contains("<summary><span class=\"mark\">✗</span> <bdi>\(line)</bdi>"))
    #expect(html.contains(" <span class=\"id\">contract <bdi>\(line)</bdi></span>"))
    #expect(html.contains("<strong>Next:</strong> <bdi>\(line)</bdi></p>"))
    #expect(html.contains("<bdi class=\"title\">\(line)</bdi> <code>r&lt;1&gt;</code>"))
    #expect(html.contains("<p class=\"message\" dir=\"auto\">\(lines)</p>"))
    #expect(html.contains("<p class=\"next-step\" dir=\"auto\">→ \(lines)</p>"))
    #expect(html.contains("<bdi>\(line)</bdi> <code>r&lt;1&gt;</code></span><span class=\"bar\">"))
    #expect(Set(Self.tags(in: html)).isSubset(of: Self.elements), "\(Set(Self.tags(in: html)))")
    let controls = html.unicodeScalars.filter { TerminalText.isControl($0, keepingLineFeeds: true) }
    #expect(controls.isEmpty)
  }
}
