/// A TAP version 13 stream (`--format tap`): one test point per snapshot, for test harnesses and
/// CI systems that read TAP.
///
/// A snapshot is `ok` when its contract is ready to end (it was checked, no blocker fired and every
/// rule could be evaluated), else `not ok`, whatever `--fail-on` says (the exit status follows
/// `--fail-on`). A `not ok` point carries a YAML block that lists the findings and errors. The plan
/// (`1..N`) comes last, as TAP allows, because the points are written as the snapshots are checked.
/// Rules that cannot be loaded at all are one `not ok` point whose YAML block lists the problems.
public struct TAPReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .tap }

  /// The reporter; TAP needs no options.
  public init(options: ReportOptions) { self.init() }

  /// The version line.
  public func opening() -> String { "TAP version 13\n" }

  /// The test point of `result`, numbered from 1, and its YAML block when it is not ok.
  public func entry(_ result: CheckResult, index: Int) -> String {
    var name = result.file
    if let contract = result.contractID { name += " (\(contract))" }
    var text = result.isReady ? "ok " : "not ok "
    text += String(index + 1)
    text += " - "
    text += Self.description("\(name): \(result.verdict)")
    text += "\n"
    if !result.isReady { appendBlock(result, to: &text) }
    return text
  }

  /// The plan: how many test points there were.
  public func closing(_ tally: CheckTally) -> String { "1..\(tally.count)\n" }

  /// The whole stream when the rules could not be loaded: one `not ok` point, `the rules could not
  /// be loaded`, whose YAML block lists every problem (a problem without a place is in the file `-`).
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var text = opening() + "not ok 1 - the rules could not be loaded\n"
    appendBlock(CheckResult(file: "-", errors: diagnostics), to: &text)
    return text + "1..1\n"
  }

  /// The YAML block: `findings` (severity, rule, message, next, and `at`, the places in the
  /// snapshot as `FILE:LINE:COLUMN PATH`) and `errors` (file, line, column, message), each left out
  /// when empty.
  private func appendBlock(_ result: CheckResult, to text: inout String) {
    text += "  ---\n"
    let findings = result.checklist.map { Array($0.activeFindings) } ?? []
    if !findings.isEmpty {
      text += "  findings:\n"
      for finding in findings {
        text += "    - severity: \(finding.severity.rawValue)\n"
        Self.appendField("rule", finding.rule, to: &text)
        Self.appendField("message", finding.message, to: &text)
        if let next = finding.next { Self.appendField("next", next, to: &text) }
        if !finding.locations.isEmpty {
          text += "      at:\n"
          for place in finding.locations {
            text += "        - "
            text += Self.scalar(place.description)
            text += "\n"
          }
        }
      }
    }
    if !result.errors.isEmpty {
      text += "  errors:\n"
      for diagnostic in result.errors {
        text += "    - file: "
        text += Self.scalar(diagnostic.location?.file ?? result.file)
        text += "\n"
        if let location = diagnostic.location {
          text += "      line: \(location.line)\n      column: \(location.column)\n"
        }
        Self.appendField("message", diagnostic.message, to: &text)
      }
    }
    text += "  ...\n"
  }

  /// `key: "value"` as a field of a list item in the YAML block.
  private static func appendField(_ key: String, _ value: String, to text: inout String) {
    text += "      "
    text += key
    text += ": "
    text += scalar(value)
    text += "\n"
  }

  /// `text` as a double-quoted YAML scalar, on one line: YAML reads JSON's string escapes, so the
  /// JSON quoting serves. Control characters that JSON leaves as they are (the bidirectional
  /// controls) are first shown as `\u{XX}`; line feeds stay, escaped as `\n`.
  static func scalar(_ text: String) -> String {
    JSONValue.quoted(TerminalText.sanitized(text, keepingLineFeeds: true))
  }

  /// `text` as a test point's description: on one line (control characters and line breaks shown
  /// as `\u{XX}`), `\` doubled, and `#` shown as `\u{23}`: in TAP 13 a `#` starts a directive
  /// (`# SKIP`) whatever comes before it, and readers such as tap.py do not take TAP 14's `\#`.
  static func description(_ text: String) -> String {
    var result = ""
    for scalar in TerminalText.sanitized(text).unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "#": result += "\\u{23}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
