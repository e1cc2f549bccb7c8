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
  /// The steps' conditions and next steps, in checklist order.
  let steps: [RuleEvaluation.PreparedStep]
  /// The snapshot variables the rule set's expressions see first.
  let variables: SnapshotEnvironment
  /// Whether a rule points into snapshots (`at:`): only then are snapshots read with the marks
  /// that place findings.
  public let pointsIntoSnapshots: Bool

  /// Creates an engine for `ruleSet`.
  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    // The snapshot variables and the shared `let`s keep their bindings from rule to rule.
    variables = ruleSet.snapshotEnvironment
    let kept = variables.variableCount + ruleSet.lets.count
    rules = ruleSet.rules.map { RuleEvaluation.PreparedRule($0, keeping: kept) }
    var numbers: [String: Int] = [:]
    for (position, step) in ruleSet.steps.enumerated() where numbers[step.id.value] == nil {
      numbers[step.id.value] = position
    }
    stepNumbers = ruleSet.steps.map { numbers[$0.id.value] ?? 0 }
    ruleSteps = ruleSet.rules.map { numbers[$0.step] }
    dependencies = ruleSet.steps.map { step in step.after.compactMap { numbers[$0.value] } }
    stepIDs = ruleSet.steps.map(\.id.value)
    stepTitles = ruleSet.steps.map(\.title)
    steps = ruleSet.steps.map { RuleEvaluation.PreparedStep($0, keeping: kept) }
    pointsIntoSnapshots = ruleSet.rules.contains { $0.at != nil }
  }

  /// Checks one snapshot: every rule's condition, then the checklist in step order.
  public func check(_ snapshot: Snapshot) -> Checklist {
    check(snapshot, in: makeContext())
  }

  /// Checks one snapshot with the working memory of `context`, which checks of earlier
  /// snapshots on this thread have used: the way to check a batch.
  ///
  /// A finding that one of `waivers` (or of the snapshot's own) accepts is marked waived, and one
  /// that `baseline` lists is marked as in it: either does not block its step; expired and unused
  /// waivers become the checklist's warnings.
  public func check(
    _ snapshot: Snapshot, in context: CheckContext, waivers: WaiverSet = WaiverSet(),
    baseline: Baseline? = nil
  ) -> Checklist {
    var errors: [Diagnostic] = []
    let fired = context.fired
    fired.removeAll()
    // Arrays made per check are filled from `repeatElement`: `Array(repeating:count:)` allocates
    // through a path of the standard library that looks the array's type up at run time, several
    // hundred instructions per array.
    var progress = Array(repeatElement(RuleEvaluation.StepProgress(), count: steps.count))
    if let evaluation = context.evaluation {
      context.words.removeAll()
      TextWordsMemory.$current.withValue(context.words) {
        run(evaluation, on: snapshot, into: fired, progress: &progress, errors: &errors)
      }
    }
    var applied = waivers.applicable(to: snapshot)
    let results = stepResults(fired, progress: progress, waivers: &applied, baseline: baseline)
    let next = nextAction(results, in: context, on: snapshot, errors: &errors)
    var checklist = Checklist(steps: results, next: next, errors: errors)
    if !applied.isEmpty { checklist.warnings = applied.warnings(ruleIDs: ruleSet.rules.map(\.id.value)) }
    return checklist
  }

  /// Runs every rule and every step's `let`s of `snapshot`: the findings into `fired`, each
  /// step's progress into `progress`, what could not be evaluated into `errors`.
  private func run(
    _ evaluation: RuleEvaluation, on snapshot: Snapshot, into fired: FiredFindings,
    progress: inout [RuleEvaluation.StepProgress], errors: inout [Diagnostic]
  ) {
    evaluation.start(snapshot)
    // Made at the first finding that points somewhere: most rules stay silent.
    var locator: SnapshotLocator?
    for (index, prepared) in rules.enumerated() {
      switch evaluation.run(prepared) {
      case .silent:
        break
      case .fired(var finding, let pointed):
        guard let step = ruleSteps[index] else { break }
        if let pointed {
          if locator == nil { locator = SnapshotLocator(snapshot) }
          finding.locations = locator?.places(of: pointed.target, words: pointed.words) ?? []
        }
        fired.append(finding, step: step)
      case .failed(let failure):
        errors.append(
          Diagnostic(
            at: failure.location,
            "rule '\(prepared.rule.id.value)' could not be evaluated on \(snapshot.file): \(failure.message)",
            hint: Self.hint(for: failure)))
      }
    }
    for (position, prepared) in steps.enumerated() where prepared.lets != nil {
      progress[position] = evaluation.progress(of: prepared)
      if let failure = progress[position].failure {
        errors.append(stepError(position, failure, on: snapshot))
      }
    }
  }

  /// The steps in order with their findings (most severe first, then rule order) and statuses.
  private func stepResults(
    _ fired: FiredFindings, progress: [RuleEvaluation.StepProgress], waivers: inout WaiverSet.Applied,
    baseline: Baseline?
  ) -> [Checklist.StepResult] {
    var statuses = Array(repeatElement(StepStatus?.none, count: stepIDs.count))
    // By step number: whether the step and every step before it, directly or through others, is
    // done or skipped.
    var settled = Array(repeatElement(false, count: stepIDs.count))
    var results: [Checklist.StepResult] = []
    results.reserveCapacity(stepIDs.count)
    for position in stepIDs.indices {
      let number = stepNumbers[position]
      // Most severe first, so a blocker is first. A step whose id an earlier step has too shares
      // that step's findings and status.
      var own = number == position ? fired.take(step: number) : results[number].findings
      if number == position, !waivers.inForce.isEmpty { own = own.map { waivers.waive($0) } }
      if number == position, let baseline {
        own = own.map { baseline.marking($0, contract: waivers.contract) }
      }
      let status: StepStatus
      if let known = statuses[number] {
        status = known
      } else {
        let ready = dependencies[number].allSatisfy { settled[$0] }
        let step = progress[number]
        if step.applies == false {
          status = .skipped
        } else if own.contains(where: { $0.severity == .blocker && !$0.isAccepted }) {
          // A waived blocker, or one in the baseline, does not block: the freelancer accepted it,
          // so the step goes on.
          status = .blocked
        } else if let done = step.done {
          status = done ? .done : ready ? .next : .waiting
        } else {
          // A step without `done_when` (rule sets written before steps knew their progress).
          status = ready ? .done : .waiting
        }
        statuses[number] = status
        settled[number] = status.isSettled && ready
      }
      results.append(.init(id: stepIDs[position], title: stepTitles[position], status: status, findings: own))
    }
    return results
  }

  /// The first blocked step's first blocker, else the first `next` step's action.
  private func nextAction(
    _ results: [Checklist.StepResult], in context: CheckContext, on snapshot: Snapshot,
    errors: inout [Diagnostic]
  ) -> Checklist.NextAction? {
    if let blocked = results.first(where: { $0.status == .blocked }),
      let blocker = blocked.findings.first(where: { $0.severity == .blocker && !$0.isAccepted })
    {
      return .init(step: blocked.id, action: blocker.next ?? blocker.message)
    }
    guard let position = results.firstIndex(where: { $0.status == .next }) else { return nil }
    let step = results[position]
    switch context.evaluation?.next(of: steps[position]) {
    case .success(let action)?:
      return .init(step: step.id, action: action)
    case .failure(let failure)?:
      errors.append(stepError(position, failure, on: snapshot))
      return .init(step: step.id, action: step.title)
    case nil:
      return .init(step: step.id, action: step.title)
    }
  }

  /// What to do about an expression that fails on some snapshot.
  private static func hint(for failure: PreparedTemplate.Failure) -> String {
    failure.exceedsLimit
      ? "the expression does too much work on this snapshot: filter lists before nesting loops over them,"
        + " or raise 'limits' in .closeout.yaml"
      : "guard the expression with has() or a null check so that it works on every snapshot"
  }

  private func stepError(_ position: Int, _ failure: PreparedTemplate.Failure, on snapshot: Snapshot)
    -> Diagnostic
  {
    Diagnostic(
      at: failure.location,
      "step '\(stepIDs[position])' could not be evaluated on \(snapshot.file): \(failure.message)",
      hint: Self.hint(for: failure))
  }
}
