/// One contract of the HTML report: a `<details>` element whose summary is the verdict, holding the
/// next action, the steps with their findings, and the problems.
extension HTMLReporter {
  mutating func appendContract(_ result: CheckResult) {
    let kind = result.checklist == nil ? "unreadable" : result.isReady ? "ready" : "not-ready"
    checklists += "<details class=\"contract \(kind)\"\(result.isReady ? "" : " open")>\n<summary>"
    checklists +=
      "<span class=\"mark\">\(result.isReady ? "✓" : "✗")</span> <bdi>\(line(result.file))</bdi>"
    if let contract = result.contractID {
      checklists += " <span class=\"id\">contract <bdi>\(line(contract))</bdi></span>"
    }
    checklists += " <span class=\"verdict\">\(line(result.verdict))</span>"
    if let checklist = result.checklist { checklists += counts(of: checklist) }
    checklists += "</summary>\n"
    if let next = result.checklist?.next {
      checklists += "<p class=\"next\"><strong>Next:</strong> <bdi>\(line(next.action))</bdi></p>\n"
    }
    if let steps = result.checklist?.steps, !steps.isEmpty {
      checklists += "<ol class=\"steps\">\n"
      for step in steps { appendStep(step) }
      checklists += "</ol>\n"
    }
    appendProblems("Problems", result.errors)
    appendProblems("Warnings", result.warnings)
    checklists += "</details>\n"
  }

  /// The counts of findings as badges, waived ones apart.
  private func counts(of checklist: Checklist) -> String {
    let counts = checklist.counts
    var text = ""
    for severity in Severity.allCases {
      let count = counts[severity]
      let noun = severity == .advice ? "advice" : severity.rawValue + (count == 1 ? "" : "s")
      text +=
        " <span class=\"badge \(severity.rawValue)\(count == 0 ? " none" : "")\">\(count) \(noun)</span>"
    }
    if checklist.waivedCount > 0 {
      text += " <span class=\"badge waived\">\(checklist.waivedCount) waived</span>"
    }
    return text
  }

  private mutating func appendStep(_ step: Checklist.StepResult) {
    let mark =
      switch step.status {
      case .done: "✓"
      case .blocked: "✗"
      case .next: "→"
      case .waiting: "…"
      case .skipped: "–"
      }
    checklists += "<li class=\"step \(step.status.rawValue)\"><span class=\"mark\">\(mark)</span> "
    checklists += "<bdi class=\"title\">\(line(step.title))</bdi> "
    checklists += "<span class=\"status\">\(step.status.rawValue)</span>"
    if !step.findings.isEmpty {
      checklists += "\n<ul class=\"findings\">\n"
      for finding in step.findings { appendFinding(finding) }
      checklists += "</ul>\n"
    }
    checklists += "</li>\n"
  }

  /// A finding with its severity, title, rule, message, places in the snapshot and next step; a
  /// waived one is marked waived and says what the waiver says instead of the next step.
  private mutating func appendFinding(_ finding: Finding) {
    let severity = finding.severity.rawValue
    if finding.isWaived {
      checklists += "<li class=\"finding waived\"><span class=\"badge waived\">waived \(severity)</span> "
    } else if finding.isInBaseline {
      // Known before (`--baseline`): shown, not counted, like a waived one.
      checklists +=
        "<li class=\"finding waived\"><span class=\"badge waived\">\(severity), in baseline</span> "
    } else {
      checklists += "<li class=\"finding \(severity)\"><span class=\"badge \(severity)\">\(severity)</span> "
    }
    checklists += "<bdi class=\"title\">\(line(finding.title))</bdi> <code>\(line(finding.rule))</code>\n"
    checklists += "<p class=\"message\" dir=\"auto\">\(escape(finding.message))</p>\n"
    if !finding.locations.isEmpty {
      let places = finding.locations.map { "<code><bdi>\(line("\($0)"))</bdi></code>" }
      checklists += "<p class=\"places\">at " + places.joined(separator: ", ") + "</p>\n"
    }
    if let waiver = finding.waiver {
      checklists += "<p class=\"waiver\">Waived: <bdi>\(line(waiver.reason))</bdi> — accepted by "
      checklists +=
        "<bdi>\(line(waiver.acceptedBy))</bdi>, expires <bdi>\(line(waiver.expires))</bdi></p>\n"
    } else if let next = finding.next {
      checklists += "<p class=\"next-step\" dir=\"auto\">→ \(escape(next))</p>\n"
    }
    checklists += "</li>\n"
  }

  /// Problems reading the snapshot or evaluating rules (or waiver warnings), each with its place.
  mutating func appendProblems(_ heading: String, _ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    checklists += "<div class=\"problems\">\n<h3>\(heading)</h3>\n<ul>\n"
    for diagnostic in diagnostics {
      checklists += "<li class=\"\(diagnostic.level.rawValue)\">"
      if let location = diagnostic.location { checklists += "<code>\(line("\(location)"))</code> " }
      checklists += "<span class=\"level\">\(diagnostic.level.rawValue)</span> "
      checklists += "<bdi>\(line(diagnostic.message))</bdi>"
      if let hint = diagnostic.hint {
        checklists += "<p class=\"hint\" dir=\"auto\">hint: \(escape(hint))</p>"
      }
      checklists += "</li>\n"
    }
    checklists += "</ul>\n</div>\n"
  }
}
