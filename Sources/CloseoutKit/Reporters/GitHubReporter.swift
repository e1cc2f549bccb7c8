/// GitHub Actions workflow commands (`--format github`): one annotation per finding, which the
/// runner shows on the snapshot file in the run's summary and a pull request's diff.
///
/// A blocker is an `::error`, a warning a `::warning`, advice a `::notice`, titled with the rule's
/// title and id, at the line and column of the first place in the snapshot the finding points at
/// (the others named in its message), or on the file as a whole when it points nowhere; a snapshot
/// that could not be read, or a rule that could not be evaluated on it, is an `::error` at the
/// diagnostic's file, line and column, and so is each problem of rules that cannot be loaded at
/// all. After the last snapshot, one `::notice`
/// sums the run up. Text is escaped as GitHub documents, so that a snapshot cannot end a command or
/// start one of its own.
public struct GitHubReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .github }

  /// The reporter; workflow commands need no options.
  public init(options: ReportOptions) { self.init() }

  /// Nothing: every line is a command.
  public func opening() -> String { "" }

  /// An annotation per finding of `result`, in checklist order, then one per error.
  public func entry(_ result: CheckResult, index: Int) -> String {
    var text = ""
    for finding in result.checklist.map({ Array($0.activeFindings) }) ?? [] {
      var message = finding.message
      if let next = finding.next { message += "\nNext: " + next }
      // Annotated at the first place the finding points at; the others are listed in the message.
      let place = finding.locations.first?.location
      let others = finding.locations.dropFirst().map {
        "\($0.location.line):\($0.location.column) \($0.path)"
      }
      if !others.isEmpty { message += "\nAlso at " + others.joined(separator: ", ") }
      Annotation(
        command: Self.command(finding.severity), file: place?.file ?? result.file, line: place?.line,
        column: place?.column, title: "\(finding.title) [\(finding.rule)]", message: message
      ).append(to: &text)
    }
    // A rule error is annotated on the rule file: its title names the snapshot.
    let title =
      result.checklist == nil ? "could not be checked" : "a rule could not be evaluated on \(result.file)"
    for diagnostic in result.errors {
      var message = diagnostic.message
      if let hint = diagnostic.hint { message += "\n" + hint }
      Annotation(
        command: Self.command(diagnostic.level), file: diagnostic.location?.file ?? result.file,
        line: diagnostic.location?.line, column: diagnostic.location?.column,
        title: title, message: message
      ).append(to: &text)
    }
    return text
  }

  /// A `::notice` with the counts of the batch, as the text report's summary line says them.
  public func closing(_ tally: CheckTally) -> String {
    guard tally.count > 0 else { return "" }
    let notReady = tally.count - tally.ready - tally.unreadable
    var summary =
      "\(tally.count) snapshot\(tally.count == 1 ? "" : "s"): \(tally.ready) ready, \(notReady) not ready"
    if tally.unreadable > 0 { summary += ", \(tally.unreadable) could not be checked" }
    return "::notice::\(summary)\n"
  }

  /// An `::error` per problem when the rules could not be loaded, at its place in the rule file
  /// (a problem without a place annotates the run rather than a file).
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var text = ""
    for diagnostic in diagnostics {
      var message = diagnostic.message
      if let hint = diagnostic.hint { message += "\n" + hint }
      Annotation(
        command: "error", file: diagnostic.location?.file, line: diagnostic.location?.line,
        column: diagnostic.location?.column, title: "the rules could not be loaded", message: message
      ).append(to: &text)
    }
    return text
  }

  private static func command(_ severity: Severity) -> String {
    switch severity {
    case .blocker: "error"
    case .warning: "warning"
    case .advice: "notice"
    }
  }

  private static func command(_ level: Diagnostic.Level) -> String {
    switch level {
    case .error: "error"
    case .warning: "warning"
    case .note: "notice"
    }
  }
}

/// One workflow command that annotates a file, `::error file=F,line=L,col=C,title=T::MESSAGE`, or
/// the run when it has no file.
struct Annotation: Sendable, Equatable {
  /// `error`, `warning` or `notice`.
  var command: String
  /// The file annotated, as given; nil annotates the run.
  var file: String?
  /// The 1-based line, when the annotation has a place in the file.
  var line: Int? = nil
  /// The 1-based column, when the annotation has a place in the file.
  var column: Int? = nil
  /// The annotation's heading.
  var title: String
  /// What it says; line feeds are kept (GitHub shows them).
  var message: String

  /// Appends the command and its line feed to `text`.
  func append(to text: inout String) {
    text += "::"
    text += command
    if let file {
      text += " file="
      text += Self.property(file)
      if let line { text += ",line=\(line)" }
      if let column { text += ",col=\(column)" }
      text += ",title="
    } else {
      text += " title="
    }
    text += Self.property(title)
    text += "::"
    text += Self.data(message)
    text += "\n"
  }

  /// `text` as a command's message: `%`, CR and LF percent-encoded, as GitHub's runner decodes
  /// them. Other control characters are first shown as `\u{XX}` (the log viewer would obey an
  /// escape sequence, and the runner would decode a percent-encoded one back into it).
  static func data(_ text: String) -> String {
    escaped(text, property: false)
  }

  /// `text` as a property's value: as `data`, and also `:` and `,`, which end a value.
  static func property(_ text: String) -> String {
    escaped(text, property: true)
  }

  private static func escaped(_ text: String, property: Bool) -> String {
    let safe = TerminalText.sanitized(text, keepingLineFeeds: true)
    var result = ""
    result.reserveCapacity(safe.utf8.count)
    for scalar in safe.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\r": result += "%0D"
      case "\n": result += "%0A"
      case ":" where property: result += "%3A"
      case "," where property: result += "%2C"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
