/// The findings as Checkstyle XML (`--format checkstyle`, version 4.3), which code-review bots and
/// CI plugins (reviewdog, Jenkins' Warnings plugin, GitLab's code quality converters) read: one
/// `<file>` per snapshot, one `<error>` per finding, written as each snapshot is checked.
///
/// A finding's `severity` is `error` for a blocker, `warning` for a warning and `info` for
/// advice; its `source` is `closeout.RULE-ID`, its `message` the rule's title, message and next
/// step. A finding is at the first place in the snapshot it points at (its rule's `at:`), or at
/// line 1, column 1 when it points nowhere.
/// Problems reading a snapshot are errors at their place in it (`closeout.snapshot`); rules that
/// could not be evaluated are errors at line 1 (`closeout.rule-error`) whose message names the
/// rule file's place. Rules that cannot be loaded at all are errors at their places in the rule
/// files.
public struct CheckstyleReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .checkstyle }

  /// The reporter; Checkstyle needs no options.
  public init(options: ReportOptions) { self.init() }

  /// The XML declaration and the root element's start.
  public func opening() -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
  }

  /// The `<file>` of `result`: its findings in checklist order, then its problems.
  public func entry(_ result: CheckResult, index: Int) -> String {
    var errors: [ReportedError] = []
    if let checklist = result.checklist {
      errors += checklist.activeFindings.map { ReportedError($0, at: $0.locations.first?.location) }
    }
    for diagnostic in result.errors {
      errors.append(ReportedError(diagnostic, in: result.file, readable: result.checklist != nil))
    }
    return file(result.file, errors)
  }

  /// The `<file>` element of `name` with `errors`.
  private func file(_ name: String, _ errors: [ReportedError]) -> String {
    let name = "  <file name=\"\(XMLText.attribute(name))\""
    guard !errors.isEmpty else { return name + "/>\n" }
    var text = name + ">\n"
    for error in errors {
      text += "    <error line=\"\(error.line)\" column=\"\(error.column)\" severity=\"\(error.severity)\""
      text +=
        " message=\"\(XMLText.attribute(error.message))\" source=\"\(XMLText.attribute(error.source))\"/>\n"
    }
    return text + "  </file>\n"
  }

  /// The root element's end.
  public func closing(_ tally: CheckTally) -> String { "</checkstyle>\n" }

  /// The whole document when the rules could not be loaded: a `<file>` per rule file with an error
  /// (`closeout.rule-error`) at each problem's place, in the order of the problems; a problem
  /// without a place is in the file `-`.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var files: [String] = []
    var errors: [String: [ReportedError]] = [:]
    for diagnostic in diagnostics {
      let file = diagnostic.location?.file ?? "-"
      if errors[file] == nil { files.append(file) }
      errors[file, default: []].append(ReportedError(diagnostic, in: file, readable: true))
    }
    return opening() + files.map { file($0, errors[$0] ?? []) }.joined() + closing(CheckTally())
  }

  /// One `<error>` element's attributes, before escaping.
  struct ReportedError: Equatable {
    var line: Int
    var column: Int
    var severity: String
    var message: String
    var source: String

    /// A finding, at `location` in the snapshot (the first place it points at), else at line 1,
    /// column 1.
    init(_ finding: Finding, at location: SourceLocation? = nil) {
      line = location?.line ?? 1
      column = location?.column ?? 1
      severity =
        switch finding.severity {
        case .blocker: "error"
        case .warning: "warning"
        case .advice: "info"
        }
      message = finding.title + ": " + finding.message + (finding.next.map { " Next: " + $0 } ?? "")
      source = "closeout." + finding.rule
    }

    /// A problem of the snapshot `file`: at its place when it is in that file, else at line 1
    /// with the place in its message (a rule file's, for a rule that could not be evaluated).
    init(_ diagnostic: Diagnostic, in file: String, readable: Bool) {
      severity = "error"
      source = readable ? "closeout.rule-error" : "closeout.snapshot"
      if let location = diagnostic.location, location.file == file {
        line = location.line
        column = location.column
        message = diagnostic.message
      } else {
        line = 1
        column = 1
        message = XMLText.described(diagnostic)
      }
      if let hint = diagnostic.hint { message += " (" + hint + ")" }
    }
  }
}
