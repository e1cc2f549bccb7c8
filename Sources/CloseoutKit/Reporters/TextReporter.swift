/// The report a person reads at a glance (`--format text`): a verdict line per snapshot, then the
/// numbered steps with status marks, each finding with its message and next step.
public struct TextReporter: Reporter {
  public static let identifier = "text"

  /// Colours or not.
  public var style: TextStyle
  /// Quotes source lines in diagnostics.
  public var diagnostics: DiagnosticRenderer

  /// Creates the reporter.
  public init(style: TextStyle, diagnostics: DiagnosticRenderer = DiagnosticRenderer()) {
    self.style = style
    self.diagnostics = diagnostics
  }

  public func render(_ results: [CheckResult]) -> String {
    var blocks = results.map(render)
    if results.count > 1 { blocks.append(summary(results)) }
    return blocks.joined(separator: "\n") + "\n"
  }

  /// One snapshot's report.
  func render(_ result: CheckResult) -> String {
    var lines = [header(result)]
    if let checklist = result.checklist {
      for (number, step) in checklist.steps.enumerated() {
        lines.append(stepLine(number + 1, step))
        for finding in step.findings { lines += findingLines(finding) }
      }
    }
    for error in result.errors {
      lines.append(diagnostics.render(error).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func header(_ result: CheckResult) -> String {
    let name = clean(result.file) + (result.contractID.map { " (contract \(clean($0)))" } ?? "")
    guard result.checklist != nil else {
      return style.apply(.red, "✗ \(name): could not be checked")
    }
    let counts = result.counts
    let tally = Severity.allCases.map { severity in
      let count = counts[severity] ?? 0
      let noun = severity == .advice ? "advice" : severity.rawValue + (count == 1 ? "" : "s")
      return "\(count) \(noun)"
    }.joined(separator: ", ")
    if result.isReady {
      return style.apply(.green, "✓ \(name): ready to end") + " (\(tally))"
    }
    let reason = result.errors.isEmpty ? "not ready to end" : "not ready: some rules could not be evaluated"
    return style.apply(.red, "✗ \(name): \(reason)") + " (\(tally))"
  }

  private func stepLine(_ number: Int, _ step: Checklist.StepResult) -> String {
    let mark: String
    switch step.status {
    case .done: mark = style.apply(.green, "✓")
    case .blocked: mark = style.apply(.red, "✗")
    case .waiting: mark = style.apply(.dim, "…")
    case .attention: mark = style.apply(.yellow, "!")
    }
    let status = step.status == .done ? style.apply(.dim, step.status.rawValue) : step.status.rawValue
    return "  \(number). \(mark) \(style.apply(.bold, clean(step.title))) — \(status)"
  }

  private func findingLines(_ finding: Finding) -> [String] {
    let label = style.severity(finding.severity, finding.severity.rawValue.padding(7))
    var lines = [
      "       \(label) \(clean(finding.title)) \(style.apply(.dim, "[\(finding.rule)]"))",
      indented(clean(finding.message)),
    ]
    if let next = finding.next { lines.append(indented("→ " + clean(next))) }
    return lines
  }

  private func indented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "               " + $0 }
      .joined(separator: "\n")
  }

  private func summary(_ results: [CheckResult]) -> String {
    let ready = results.filter(\.isReady).count
    let unreadable = results.filter { $0.checklist == nil }.count
    var text = "\(results.count) snapshots: \(ready) ready, \(results.count - ready - unreadable) not ready"
    if unreadable > 0 { text += ", \(unreadable) could not be checked" }
    return text + "\n"
  }

  private func clean(_ text: String) -> String { TerminalText.sanitized(text) }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
