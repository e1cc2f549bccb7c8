/// The batch as GitHub-flavoured Markdown (`--format markdown`), for a pull-request comment or a
/// CI job summary: a table with one row per snapshot (file, contract, verdict, counts of
/// findings), then the checklist of each contract that is not ready as a task list, findings
/// under their step.
///
/// Text from snapshots and rules is escaped as the rule catalogue escapes it (`\` before
/// `` \`*_[]<>|~#& ``, control characters and line breaks as `\u{XX}`), so that a message cannot
/// break the table or the list, nor add a link, an image or HTML.
///
/// Rules that cannot be loaded at all are a heading and a list of the problems.
///
/// The table comes first, so rows and checklists are kept as text until the end.
public struct MarkdownReporter: Reporter {
  /// The table's rows so far.
  private var rows = ""
  /// The checklists of the contracts not ready so far.
  private var checklists = ""

  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .markdown }

  /// The reporter; Markdown needs no options.
  public init(options: ReportOptions) { self.init() }

  /// Nothing: the document starts with a summary known only at the end.
  public func opening() -> String { "" }

  /// Nothing yet: `result`'s row, and its checklist when it is not ready, are kept for `closing`.
  public mutating func entry(_ result: CheckResult, index: Int) -> String {
    let counts = result.counts
    let verdict = (result.isReady ? "✓ " : "✗ ") + result.verdict
    let cells =
      [escape(result.file), result.contractID.map(escape) ?? "", verdict]
      + Severity.allCases.map { String(counts[$0]) }
    rows += "| " + cells.joined(separator: " | ") + " |\n"
    if !result.isReady { appendChecklist(of: result) }
    return ""
  }

  /// The whole document: a heading with the tally, the table, the checklists.
  public mutating func closing(_ tally: CheckTally) -> String {
    let notReady = tally.count - tally.ready - tally.unreadable
    var summary =
      "\(tally.count) snapshot\(tally.count == 1 ? "" : "s"): \(tally.ready) ready, \(notReady) not ready"
    if tally.unreadable > 0 { summary += ", \(tally.unreadable) could not be checked" }
    return "## Closeout\n\n" + summary + "\n\n"
      + "| File | Contract | Verdict | Blockers | Warnings | Advice |\n"
      + "|---|---|---|--:|--:|--:|\n" + rows + checklists
  }

  /// The whole document when the rules could not be loaded: a heading and a list of the problems.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var text = "## Closeout\n\nThe rules could not be loaded:\n\n"
    for diagnostic in diagnostics {
      text += "- " + escape(diagnostic.summary)
      if let hint = diagnostic.hint { text += " (" + escape(hint) + ")" }
      text += "\n"
    }
    return text
  }

  private mutating func appendChecklist(of result: CheckResult) {
    var heading = escape(result.file)
    if let contract = result.contractID { heading += " (contract " + escape(contract) + ")" }
    checklists += "\n### " + heading + ": " + result.verdict + "\n\n"
    if let next = result.checklist?.next { checklists += "**Next:** " + escape(next.action) + "\n\n" }
    for step in result.checklist?.steps ?? [] {
      checklists += step.status == .done ? "- [x] " : "- [ ] "
      checklists += escape(step.title) + " — " + step.status.rawValue + "\n"
      for finding in step.findings where !finding.isAccepted {
        // A hard line break (a backslash at the end) keeps the message and the next step on
        // lines of their own inside the list item.
        checklists += "  - **" + finding.severity.rawValue + "** " + escape(finding.title) + " "
        checklists += MarkdownCatalogue.code(finding.rule) + "\\\n    " + escape(finding.message)
        if !finding.locations.isEmpty {
          checklists +=
            "\\\n    at " + finding.locations.map { MarkdownCatalogue.code("\($0)") }.joined(separator: ", ")
        }
        if let next = finding.next { checklists += "\\\n    → " + escape(next) }
        checklists += "\n"
      }
    }
    if !result.errors.isEmpty {
      checklists += result.checklist == nil ? "" : "\n"
      checklists += "Problems:\n\n"
      for diagnostic in result.errors {
        checklists += "- " + escape(diagnostic.summary)
        if let hint = diagnostic.hint { checklists += " (" + escape(hint) + ")" }
        checklists += "\n"
      }
    }
  }

  private func escape(_ text: String) -> String { MarkdownCatalogue.escape(text) }
}
