import CEL

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
  /// Every finding as a baseline entry, gathered only when the run compares with or writes a
  /// baseline (`gathersFindings`).
  public private(set) var findings: [Baseline.Entry] = []
  /// The contracts checked (their id, else the snapshot's file), gathered with `findings`.
  public private(set) var contracts: Set<String> = []
  /// Whether `findings` and `contracts` are gathered.
  var gathersFindings = false

  /// An outcome of no results.
  public init() {}

  /// A baseline of the run's findings, written at `generatedAt` (by default, now).
  public func baseline(generatedAt: String = Timestamp.currentSecond.rfc3339) -> Baseline {
    Baseline(entries: findings, generatedAt: generatedAt)
  }

  /// `baseline`'s entries that no finding of the run matched on a contract it checked.
  func fixed(in baseline: Baseline) -> [Baseline.Entry] {
    baseline.fixed(fired: Set(findings.map(\.fingerprint)), checked: contracts)
  }

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
    if gathersFindings, let checklist = result.checklist {
      let contract = result.contractID ?? result.file
      contracts.insert(contract)
      for step in checklist.steps {
        findings += step.findings.map { Baseline.Entry($0, contract: contract) }
      }
    }
  }

  /// Records on the tally how many of `baseline`'s findings the run found fixed.
  mutating func settle(_ baseline: Baseline) {
    tally.baselineFixed = fixed(in: baseline).count
  }
}
