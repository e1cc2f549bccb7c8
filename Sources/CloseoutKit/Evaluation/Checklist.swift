/// The result of checking one snapshot: steps in order with their findings, the one action to take
/// next, and rule errors.
public struct Checklist: Sendable {
  /// The steps in dependency order.
  public var steps: [StepResult] {
    didSet { tally = Tally(steps) }
  }
  /// What to do next, or nil when every step is done or skipped.
  public var next: NextAction?
  /// Rules that could not be evaluated on this snapshot.
  public var errors: [Diagnostic]
  /// Waivers that expired or that no finding used: reported, but they change no status.
  public var warnings: [Diagnostic]
  /// What the steps' findings add up to, counted once when the steps are set: every report asks
  /// for the counts, and counting walks every finding.
  private var tally: Tally

  /// A checklist of `steps`, with the action to take `next`, rule errors and waiver warnings.
  public init(steps: [StepResult], next: NextAction?, errors: [Diagnostic], warnings: [Diagnostic] = []) {
    self.steps = steps
    self.next = next
    self.errors = errors
    self.warnings = warnings
    tally = Tally(steps)
  }

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

  /// How many findings there are of each severity, waived ones and those in the baseline left out.
  public var counts: SeverityCounts { tally.counts }

  /// How many findings a waiver accepts.
  public var waivedCount: Int { tally.waived }

  /// How many findings the baseline accepts and no waiver does.
  public var baselineCount: Int { tally.inBaseline }

  /// How many steps are neither done nor skipped.
  public var stepsLeft: Int { tally.stepsLeft }

  /// The most severe finding's severity, or nil when nothing fired; waived findings do not count.
  public var worstSeverity: Severity? { tally.counts.worst }

  /// Whether the contract can be ended: no blocker fired and every rule could be evaluated.
  public var isReady: Bool { worstSeverity != .blocker && errors.isEmpty }

  /// The counts a checklist keeps.
  private struct Tally: Sendable {
    var counts = SeverityCounts()
    var waived = 0
    var inBaseline = 0
    var stepsLeft = 0

    /// Counts the findings of `steps`, each read in place: a finding copied out of its array
    /// would retain each of its texts.
    init(_ steps: [StepResult]) {
      for step in steps.indices {
        if !steps[step].status.isSettled { stepsLeft += 1 }
        for finding in steps[step].findings.indices {
          if steps[step].findings[finding].isWaived {
            waived += 1
          } else if steps[step].findings[finding].isInBaseline {
            inBaseline += 1
          } else {
            counts.add(steps[step].findings[finding].severity)
          }
        }
      }
    }
  }
}

/// How many findings there are of each severity.
public struct SeverityCounts: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  /// By `Severity.rank`: blockers, warnings, advice.
  private var byRank = (0, 0, 0)

  /// No findings.
  public init() {}

  /// The counts given, 0 for a severity not given.
  public init(dictionaryLiteral elements: (Severity, Int)...) {
    for (severity, count) in elements { self[severity] = count }
  }

  /// The number of findings of `severity`.
  public subscript(severity: Severity) -> Int {
    get {
      switch severity {
      case .blocker: byRank.0
      case .warning: byRank.1
      case .advice: byRank.2
      }
    }
    set {
      switch severity {
      case .blocker: byRank.0 = newValue
      case .warning: byRank.1 = newValue
      case .advice: byRank.2 = newValue
      }
    }
  }

  /// Counts one more finding of `severity`.
  mutating func add(_ severity: Severity) {
    self[severity] += 1
  }

  /// The most severe severity that has findings, or nil when there are none.
  public var worst: Severity? {
    Severity.allCases.first { self[$0] > 0 }
  }

  public static func == (a: SeverityCounts, b: SeverityCounts) -> Bool {
    a.byRank == b.byRank
  }
}
