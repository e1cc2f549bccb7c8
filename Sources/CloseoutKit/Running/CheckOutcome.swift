/// What a run of `check` came to, folded result by result as the results are reported: how many
/// snapshots there were and how they came out, the worst finding, and how many inputs could not
/// be checked. The command line maps it to an exit status.
public struct CheckOutcome: Sendable {
  /// The results counted as the reporters count them.
  public private(set) var tally = CheckTally()
  /// The most severe finding of any snapshot, nil when none fired.
  public private(set) var worstSeverity: Severity?
  /// The inputs that could not be read, or on which a rule could not be evaluated.
  public private(set) var failedInputs = 0
  /// The snapshots checked, kept only when the run was asked to (for `--timings`).
  public private(set) var snapshots: [Snapshot] = []

  /// An outcome of no results.
  public init() {}

  /// Whether every input was read and every rule evaluated on it.
  public var isClean: Bool { failedInputs == 0 }

  /// Whether a finding that `policy` fails on fired.
  public func fails(_ policy: FailurePolicy) -> Bool {
    worstSeverity.map(policy.fails(on:)) ?? false
  }

  /// Folds in `result`, and `snapshot` when the run keeps them.
  mutating func add(_ result: CheckResult, snapshot: Snapshot?) {
    tally.add(result)
    if !result.errors.isEmpty || result.checklist == nil { failedInputs += 1 }
    if let severity = result.checklist?.worstSeverity, worstSeverity.map({ severity < $0 }) ?? true {
      worstSeverity = severity
    }
    if let snapshot { snapshots.append(snapshot) }
  }
}
