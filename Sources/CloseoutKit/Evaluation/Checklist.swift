/// The result of checking one snapshot: steps in order with their findings, the one action to take
/// next, and rule errors.
public struct Checklist: Sendable {
  /// The steps in dependency order.
  public var steps: [StepResult]
  /// What to do next, or nil when every step is done or skipped.
  public var next: NextAction?
  /// Rules that could not be evaluated on this snapshot.
  public var errors: [Diagnostic]
  /// Waivers that expired or that no finding used: reported, but they change no status.
  public var warnings: [Diagnostic] = []

  /// One step of the checklist with its findings, most severe first.
  public struct StepResult: Sendable {
    /// The step's id.
    public var id: String
    /// The step's title.
    public var title: String
    /// Where the step stands.
    public var status: StepStatus
    /// The findings of the step's rules, by severity then rule order.
    public var findings: [Finding]
  }

  /// The one action the checklist names: the first blocked step's first blocker, or else what
  /// the first `next` step asks for.
  public struct NextAction: Sendable, Equatable {
    /// The step the action belongs to.
    public var step: String
    /// What to do.
    public var action: String
  }

  /// The findings that count, in checklist order: every step's, waived ones and those in the
  /// baseline left out.
  public var activeFindings: some Sequence<Finding> {
    steps.lazy.flatMap(\.findings).filter { !$0.isAccepted }
  }

  /// How many findings there are of each severity, waived ones left out.
  public var counts: [Severity: Int] {
    var counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
    for finding in activeFindings { counts[finding.severity, default: 0] += 1 }
    return counts
  }

  /// How many findings a waiver accepts.
  public var waivedCount: Int { steps.reduce(0) { $0 + $1.findings.count(where: \.isWaived) } }

  /// How many findings the baseline accepts and no waiver does.
  public var baselineCount: Int {
    steps.reduce(0) { $0 + $1.findings.count { $0.isInBaseline && !$0.isWaived } }
  }

  /// How many steps are neither done nor skipped.
  public var stepsLeft: Int { steps.count { !$0.status.isSettled } }

  /// The most severe finding's severity, or nil when nothing fired; waived findings do not count.
  public var worstSeverity: Severity? {
    activeFindings.lazy.map(\.severity).min()
  }

  /// Whether the contract can be ended: no blocker fired and every rule could be evaluated.
  public var isReady: Bool { worstSeverity != .blocker && errors.isEmpty }
}
