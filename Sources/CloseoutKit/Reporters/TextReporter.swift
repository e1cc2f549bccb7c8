/// The report a person reads at a glance (`--format text`): a verdict line per snapshot, then the
/// numbered steps with status marks, each finding with its message and next step.
///
/// Each line is appended to one string as it is made, rather than built from joined pieces: a batch
/// of thousands of snapshots spends its reporting time there.
public struct TextReporter: Reporter {
  /// Colours or not.
  public var style: TextStyle
  /// Quotes source lines in diagnostics; a snapshot that could not be read is quoted from its own
  /// text unless `diagnostics` already knows a file by its name.
  public var diagnostics: DiagnosticRenderer

  /// Creates the reporter.
  public init(style: TextStyle, diagnostics: DiagnosticRenderer = DiagnosticRenderer()) {
    self.style = style
    self.diagnostics = diagnostics
  }

  public static var format: ReportFormat { .text }

  /// The reporter with `options`' colours, quoting the rules' files from its sources.
  public init(options: ReportOptions) {
    self.init(
      style: TextStyle(colors: options.colors), diagnostics: DiagnosticRenderer(sources: options.sources))
  }

  public func opening() -> String { "" }

  /// One snapshot's report and the blank line after it.
  public func entry(_ result: CheckResult, index: Int) -> String {
    var text = ""
    text.reserveCapacity(2048)
    appendHeader(result, to: &text)
    if let checklist = result.checklist {
      for (number, step) in checklist.steps.enumerated() {
        appendStep(number + 1, step, to: &text)
        for finding in step.findings { appendFinding(finding, to: &text) }
      }
    }
    for warning in result.warnings {
      text += "  "
      style.apply(.yellow, clean(warning.summary), to: &text)
      text += "\n"
      if let hint = warning.hint {
        text += "    hint: "
        text += clean(hint)
        text += "\n"
      }
    }
    if !result.errors.isEmpty {
      for rendered in diagnostics.quoting(result).render(result.errors) {
        text += rendered.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        text += "\n"
      }
    }
    return text + "\n"
  }

  /// Nothing when the rules could not be loaded: the problems are printed on standard error, quoted
  /// from the rule files, as a compiler prints its errors.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String { "" }

  /// The summary line after several snapshots; the final line break of the report.
  public func closing(_ tally: CheckTally) -> String {
    guard tally.count > 1 else { return tally.count == 0 ? "\n" : "" }
    let notReady = tally.count - tally.ready - tally.unreadable
    var text = "\(tally.count) snapshots: \(tally.ready) ready, \(notReady) not ready"
    if tally.unreadable > 0 { text += ", \(tally.unreadable) could not be checked" }
    return text + "\n\n"
  }

  private func appendHeader(_ result: CheckResult, to text: inout String) {
    var name = clean(result.file)
    if let contract = result.contractID { name += " (contract \(clean(contract)))" }
    guard result.checklist != nil else {
      style.apply(.red, "✗ \(name): could not be checked", to: &text)
      text += "\n"
      return
    }
    if result.isReady {
      style.apply(.green, "✓ \(name): \(result.verdict)", to: &text)
    } else {
      style.apply(.red, "✗ \(name): \(result.verdict)", to: &text)
    }
    let counts = result.counts
    for (position, severity) in Severity.allCases.enumerated() {
      let count = counts[severity]
      text += position == 0 ? " (" : ", "
      text += String(count)
      text += " "
      text += severity == .advice ? "advice" : severity.rawValue + (count == 1 ? "" : "s")
    }
    if let waived = result.checklist?.waivedCount, waived > 0 { text += ", \(waived) waived" }
    if let known = result.checklist?.baselineCount, known > 0 { text += ", \(known) in baseline" }
    text += ")\n"
    if let next = result.checklist?.next {
      text += "  "
      style.apply(.bold, "Next:", to: &text)
      text += " "
      text += clean(next.action)
      text += "\n"
    }
  }

  private func appendStep(_ number: Int, _ step: Checklist.StepResult, to text: inout String) {
    text += "  "
    text += String(number)
    text += ". "
    switch step.status {
    case .done: style.apply(.green, "✓", to: &text)
    case .blocked: style.apply(.red, "✗", to: &text)
    case .next: style.apply(.yellow, "→", to: &text)
    case .waiting: style.apply(.dim, "…", to: &text)
    case .skipped: style.apply(.dim, "–", to: &text)
    }
    text += " "
    style.apply(.bold, clean(step.title), to: &text)
    text += " — "
    if step.status == .done || step.status == .skipped {
      style.apply(.dim, step.status.rawValue, to: &text)
    } else {
      text += step.status.rawValue
    }
    text += "\n"
  }

  private func appendFinding(_ finding: Finding, to text: inout String) {
    text += "       "
    if let waiver = finding.waiver {
      appendWaived(finding, waiver, to: &text)
      return
    }
    if finding.isInBaseline {
      // Known before this run and not counted: dimmed, so that new findings stand out.
      style.apply(.dim, finding.severity.rawValue.padding(7) + " " + clean(finding.title), to: &text)
    } else {
      style.severity(finding.severity, finding.severity.rawValue.padding(7), to: &text)
      text += " "
      text += clean(finding.title)
    }
    text += " "
    style.apply(.dim, "[\(finding.rule)]" + (finding.isInBaseline ? " (in baseline)" : ""), to: &text)
    text += "\n"
    appendIndented(clean(finding.message), to: &text)
    appendPlaces(finding.locations, to: &text)
    if let next = finding.next { appendIndented("→ " + clean(next), to: &text) }
  }

  /// At most this many places are listed under a finding; a count stands for the rest.
  static let maxPlacesShown = 3

  /// Where a finding points in the snapshot, one `at FILE:LINE:COLUMN` line per place (the form
  /// editors and terminals open), with its path and the word pointed at.
  private func appendPlaces(_ places: [SnapshotLocation], to text: inout String) {
    for place in places.prefix(Self.maxPlacesShown) {
      text += "               "
      style.apply(.dim, clean("at \(place)"), to: &text)
      text += "\n"
    }
    if places.count > Self.maxPlacesShown {
      let more = places.count - Self.maxPlacesShown
      text += "               "
      style.apply(.dim, "and \(more) more \(more == 1 ? "place" : "places")", to: &text)
      text += "\n"
    }
  }

  /// A waived finding: marked waived rather than with its severity, its message, then what the
  /// waiver says instead of the next step (there is nothing to do until it expires).
  private func appendWaived(_ finding: Finding, _ waiver: Finding.Waived, to text: inout String) {
    style.apply(.dim, "waived ", to: &text)
    text += " "
    text += clean(finding.title)
    text += " "
    style.apply(.dim, "[\(finding.rule)]", to: &text)
    text += "\n"
    appendIndented(clean(finding.message), to: &text)
    appendIndented(
      clean(
        "waived \(finding.severity.rawValue): \(waiver.reason) — accepted by \(waiver.acceptedBy), "
          + "until \(waiver.expires)"), to: &text)
  }

  /// `line` indented under a finding (it holds no line break: `clean` escaped them).
  private func appendIndented(_ line: String, to text: inout String) {
    text += "               "
    text += line
    text += "\n"
  }

  private func clean(_ text: String) -> String { TerminalText.sanitized(text) }
}

extension DiagnosticRenderer {
  /// This renderer, also quoting the text of `result`'s snapshot when it could not be read.
  fileprivate func quoting(_ result: CheckResult) -> DiagnosticRenderer {
    guard let source = result.source, sources[result.file] == nil else { return self }
    var renderer = self
    renderer.sources[result.file] = source
    return renderer
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
