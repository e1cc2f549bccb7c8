import CEL

/// Checks snapshots against a loaded rule set.
///
/// An engine is immutable and `Sendable`: build it once and call `check` from as many threads as
/// you like. Checking only runs the programs compiled when the rule set loaded.
public struct Engine: Sendable {
  /// The rule set this engine checks against.
  public let ruleSet: RuleSet
  /// The rule set's rules, prepared once for every check.
  let rules: [RuleEvaluation.PreparedRule]
  /// Steps are numbered by the first position of their id in `ruleSet.steps`, so that a check
  /// keeps findings and statuses in arrays rather than in dictionaries keyed by strings.
  private let stepNumbers: [Int]
  /// The step number of each rule, or nil when no step has the rule's step id.
  private let ruleSteps: [Int?]
  /// By step number: the numbers of the steps it comes after (unknown ids left out).
  private let dependencies: [[Int]]
  /// The steps' ids and titles in checklist order, taken out of `ruleSet.steps` once.
  private let stepIDs: [String]
  private let stepTitles: [String]

  /// Creates an engine for `ruleSet`.
  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    rules = ruleSet.rules.map(RuleEvaluation.PreparedRule.init)
    var numbers: [String: Int] = [:]
    for (position, step) in ruleSet.steps.enumerated() where numbers[step.id.value] == nil {
      numbers[step.id.value] = position
    }
    stepNumbers = ruleSet.steps.map { numbers[$0.id.value] ?? 0 }
    ruleSteps = ruleSet.rules.map { numbers[$0.step] }
    dependencies = ruleSet.steps.map { step in step.after.compactMap { numbers[$0.value] } }
    stepIDs = ruleSet.steps.map(\.id.value)
    stepTitles = ruleSet.steps.map(\.title)
  }

  /// Checks one snapshot: every rule's condition, then the checklist in step order.
  public func check(_ snapshot: Snapshot) -> Checklist {
    check(snapshot, in: makeContext())
  }

  /// Checks one snapshot with the working memory of `context`, which checks of earlier
  /// snapshots on this thread have used: the way to check a batch.
  public func check(_ snapshot: Snapshot, in context: CheckContext) -> Checklist {
    var errors: [Diagnostic] = []
    let fired = context.fired
    fired.removeAll()
    if let evaluation = context.evaluation {
      evaluation.start(snapshot)
      for (index, prepared) in rules.enumerated() {
        switch evaluation.run(prepared) {
        case .silent:
          break
        case .fired(let finding):
          if let step = ruleSteps[index] { fired.append(finding, step: step) }
        case .failed(let location, let message):
          errors.append(
            Diagnostic(
              at: location,
              "rule '\(prepared.rule.id.value)' could not be evaluated on \(snapshot.file): \(message)",
              hint: "guard the expression with has() or a null check so that it works on every snapshot"))
        }
      }
    }
    return Checklist(steps: stepResults(fired), errors: errors)
  }

  /// The steps in order with their findings (most severe first, then rule order) and statuses;
  /// the statuses are indexed by step number.
  private func stepResults(_ fired: FiredFindings) -> [Checklist.StepResult] {
    withUnsafeTemporaryAllocation(of: StepStatus?.self, capacity: stepIDs.count) { statuses in
      statuses.initialize(repeating: nil)
      var results: [Checklist.StepResult] = []
      results.reserveCapacity(stepIDs.count)
      for position in stepIDs.indices {
        let number = stepNumbers[position]
        // Most severe first, so a blocker is first. A step whose id an earlier step has too shares
        // that step's findings.
        let own = number == position ? fired.take(step: number) : results[number].findings
        let status: StepStatus
        if own.first?.severity == .blocker {
          status = .blocked
        } else if dependencies[number].contains(where: {
          statuses[$0] == .blocked || statuses[$0] == .waiting
        }) {
          status = .waiting
        } else {
          status = own.isEmpty ? .done : .attention
        }
        statuses[number] = status
        results.append(
          .init(id: stepIDs[position], title: stepTitles[position], status: status, findings: own))
      }
      return results
    }
  }
}
