import CEL

/// Checks snapshots against a loaded rule set.
///
/// An engine is immutable and `Sendable`: build it once and call `check` from as many threads as
/// you like. Checking only runs the programs compiled when the rule set loaded.
public struct Engine: Sendable {
  /// The rule set this engine checks against.
  public let ruleSet: RuleSet
  private let stepDependencies: [String: [String]]

  /// Creates an engine for `ruleSet`.
  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    self.stepDependencies = Dictionary(
      ruleSet.steps.map { ($0.id.value, $0.after.map(\.value)) }, uniquingKeysWith: { a, _ in a })
  }

  /// Checks one snapshot: every rule's condition, then the checklist in step order.
  public func check(_ snapshot: Snapshot) -> Checklist {
    let base = SnapshotVariables.values(of: snapshot)
    var findings: [String: [Finding]] = [:]
    var errors: [Diagnostic] = []
    for rule in ruleSet.rules {
      switch RuleEvaluation(rule: rule, base: base).run() {
      case .silent:
        break
      case .fired(let finding):
        findings[rule.step, default: []].append(finding)
      case .failed(let location, let message):
        errors.append(
          Diagnostic(
            at: location, "rule '\(rule.id.value)' could not be evaluated on \(snapshot.file): \(message)",
            hint: "guard the expression with has() or a null check so that it works on every snapshot"))
      }
    }
    return Checklist(steps: stepResults(findings), errors: errors)
  }

  /// The steps in order with their findings (most severe first, then rule order) and statuses.
  private func stepResults(_ findings: [String: [Finding]]) -> [Checklist.StepResult] {
    var statuses: [String: StepStatus] = [:]
    var results: [Checklist.StepResult] = []
    for step in ruleSet.steps {
      let own = sortedBySeverity(findings[step.id.value] ?? [])
      let status: StepStatus
      if own.contains(where: { $0.severity == .blocker }) {
        status = .blocked
      } else if (stepDependencies[step.id.value] ?? []).contains(where: {
        statuses[$0] == .blocked || statuses[$0] == .waiting
      }) {
        status = .waiting
      } else {
        status = own.isEmpty ? .done : .attention
      }
      statuses[step.id.value] = status
      results.append(.init(id: step.id.value, title: step.title, status: status, findings: own))
    }
    return results
  }

  /// A stable sort by severity, keeping rule order within a severity.
  private func sortedBySeverity(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { a, b in
      a.element.severity == b.element.severity ? a.offset < b.offset : a.element.severity < b.element.severity
    }.map(\.element)
  }
}
