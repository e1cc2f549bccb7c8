/// The batch as one self-contained HTML page (`--format html`), to open in a browser or attach to
/// a CI run: a header with the tally, a bar chart of the rules that block most contracts, then
/// each contract's checklist in a `<details>` element, open when the contract is not ready.
///
/// The page has its style inline and no script nor external resource; it follows the reader's
/// light or dark scheme and prints. Every piece of text from snapshots and rules is escaped as the
/// rule catalogue escapes it (`& < > " '` as entities, control characters and bidi controls as
/// `\u{XX}`), and sits in a `<bdi>` or an element with `dir="auto"`, so that right-to-left text
/// stays inside its own box instead of reordering the page around it.
///
/// The header and the chart come first, so the checklists are kept as text until the end.
public struct HTMLReporter: Reporter {
  /// The `<details>` elements of the contracts so far.
  var checklists = ""
  /// The rules that fired as blockers or warnings so far.
  private var rules = BlockingRules()

  /// How many rules the chart shows.
  static let chartLength = 10

  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .html }

  /// The reporter; HTML needs no options.
  public init(options: ReportOptions) { self.init() }

  /// Nothing: the page starts with a tally known only at the end.
  public func opening() -> String { "" }

  /// Nothing yet: `result`'s checklist is kept for `closing`, and its rules counted for the chart.
  public mutating func entry(_ result: CheckResult, index: Int) -> String {
    rules.add(result)
    appendContract(result)
    return ""
  }

  /// The whole page.
  public mutating func closing(_ tally: CheckTally) -> String {
    let notReady = tally.count - tally.ready - tally.unreadable
    var body = "<header>\n<h1>Closeout</h1>\n"
    body += "<p>\(tally.count) contract\(tally.count == 1 ? "" : "s") checked</p>\n<ul class=\"tally\">\n"
    body += "<li class=\"ready\"><strong>\(tally.ready)</strong> ready</li>\n"
    body += "<li class=\"not-ready\"><strong>\(notReady)</strong> not ready</li>\n"
    body += "<li class=\"unreadable\"><strong>\(tally.unreadable)</strong> could not be read</li>\n"
    body += "</ul>\n</header>\n"
    body += chart(of: tally.count)
    body += "<section>\n<h2>Checklists</h2>\n" + checklists + "</section>\n"
    return Self.page(title: "Closeout: \(tally.ready) of \(tally.count) ready", body: body)
  }

  /// The page when the rules could not be loaded: every problem with its place, and nothing checked.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var body = "<header>\n<h1>Closeout</h1>\n<p>The rules could not be loaded: nothing was checked.</p>\n"
    body += "</header>\n<section>\n"
    var problems = HTMLReporter()
    problems.appendProblems("Problems", diagnostics)
    body += problems.checklists + "</section>\n"
    return Self.page(title: "Closeout: the rules could not be loaded", body: body)
  }

  /// A whole page: `body` (HTML) with the head every page has.
  private static func page(title: String, body: String) -> String {
    var page = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    page += "<title>\(HTMLCatalogue.escape(title))</title>\n"
    page += "<style>\n" + style + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n"
    return page
  }

  /// The bar chart: one row per rule, its bar as wide as the share of contracts it fired in.
  private func chart(of total: Int) -> String {
    var text = "<section class=\"chart\">\n<h2>Which rules block most contracts</h2>\n"
    let top = rules.top(Self.chartLength)
    guard total > 0, !top.isEmpty else {
      return text + "<p>No rule fired as a blocker or a warning.</p>\n</section>\n"
    }
    text +=
      "<p class=\"legend\"><span class=\"key blocker\"></span> blocker <span class=\"key warning\"></span> "
    text += "warning, in how many of the \(total) contracts</p>\n<ol>\n"
    for entry in top {
      text +=
        "<li><span class=\"rule\"><bdi>\(line(entry.title))</bdi> <code>\(line(entry.rule))</code></span>"
      text += "<span class=\"bar\">"
      for (count, severity) in [(entry.blockers, Severity.blocker), (entry.warnings, .warning)]
      where count > 0 {
        text +=
          "<span class=\"\(severity.rawValue)\" style=\"width: \(Self.percent(count, of: total))\"></span>"
      }
      text += "</span><span class=\"count\">\(Self.countText(entry)) of \(total)</span></li>\n"
    }
    return text + "</ol>\n</section>\n"
  }

  /// `part` as a percentage of `whole` (which is positive), with one decimal: `37.5%`.
  static func percent(_ part: Int, of whole: Int) -> String {
    let tenths = min(part, whole) * 1000 / whole
    return "\(tenths / 10).\(tenths % 10)%"
  }

  private static func countText(_ entry: BlockingRules.Entry) -> String {
    var parts: [String] = []
    if entry.blockers > 0 { parts.append("blocks \(entry.blockers)") }
    if entry.warnings > 0 { parts.append("warns \(entry.warnings)") }
    return parts.joined(separator: ", ")
  }

  /// Text from a snapshot or a rule, escaped as the rule catalogue escapes it: its line feeds kept,
  /// for a message shown with its lines.
  func escape(_ text: String) -> String { HTMLCatalogue.escape(text) }

  /// Text shown on one line (a file, an id, a title), its line feeds too written as `\u{A}`, as the
  /// text report writes them, so that it cannot pass for lines of the report.
  func line(_ text: String) -> String { HTMLCatalogue.escape(TerminalText.sanitized(text)) }
}
