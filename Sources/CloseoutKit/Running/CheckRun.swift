/// One run of `check`, the loop every check goes through: each input is read and checked once, its
/// result handed to every reporter and their text written at once (a later input that hangs or
/// crashes the process loses nothing already decided), and the run folded into a `CheckOutcome`.
public struct CheckRun: Sendable {
  /// Reads and checks each snapshot.
  public let checker: SnapshotChecker
  /// Whether the outcome keeps the snapshots checked, for a timings report.
  public var keepsSnapshots = false
  /// How many snapshots are read and checked at once.
  public var jobs = 1
  /// The waiver file's waivers, applied to every snapshot of their contract.
  public var waivers = WaiverSet()
  /// The findings known before (`--baseline`), marked in every snapshot as in the baseline: they do
  /// not count, as waived ones do not. Nil when the run compares with no baseline.
  public var baseline: Baseline?
  /// Whether the outcome gathers every finding, to write a baseline of them; a run with a `baseline`
  /// gathers them anyway, to tell which of its findings are fixed.
  public var gathersFindings = false
  /// Called with the number of results so far after each is written: a progress line's hook.
  public var progress: (@Sendable (Int) -> Void)?

  /// A run that checks with `checker`.
  public init(checker: SnapshotChecker) {
    self.checker = checker
  }

  /// Checks `inputs` in order, writing each reporter's opening, one entry per snapshot and its
  /// closing through `write`, with the reporter's position in `reporters`; with `jobs` above 1,
  /// that many snapshots are read and checked at once, and their results still written in input
  /// order.
  public func run(
    _ inputs: some Sequence<SnapshotInputs.Input>, reporters: [any Reporter],
    write: (_ reporter: Int, String) -> Void
  ) -> CheckOutcome {
    var reporters = reporters
    var outcome = CheckOutcome()
    outcome.gathersFindings = gathersFindings || baseline != nil
    var count = 0
    for index in reporters.indices { write(index, reporters[index].opening()) }
    func report(_ checked: Checked) {
      for reporter in reporters.indices {
        write(reporter, reporters[reporter].entry(checked.result, index: count))
      }
      outcome.add(checked.result, snapshot: checked.kept)
      count += 1
      progress?(count)
    }
    if jobs <= 1 {
      let context = checker.engine.makeContext()
      for input in inputs { report(check(input, in: context)) }
    } else {
      // Each job reads and checks the next input as soon as it is free; results are written in
      // input order, each as soon as it and those before it are checked, so an input that hangs
      // holds back only what comes after it. A few inputs per job in flight keep every job busy
      // and memory flat.
      OrderedWorkers<SnapshotInputs.Input, Checked>(workers: jobs, window: jobs * 16).run(
        inputs,
        makeWorker: {
          let context = checker.engine.makeContext()
          return { check($0, in: context) }
        }, deliver: report)
    }
    if let baseline { outcome.settle(baseline) }
    for index in reporters.indices { write(index, reporters[index].closing(outcome.tally)) }
    return outcome
  }

  /// A result, with its snapshot when the run keeps them.
  struct Checked: Sendable {
    var result: CheckResult
    var kept: Snapshot?
  }

  /// Reads and checks one input.
  private func check(_ input: SnapshotInputs.Input, in context: CheckContext) -> Checked {
    switch checker.load(input) {
    case .readable(let snapshot):
      return Checked(
        result: CheckResult(
          snapshot: snapshot,
          checklist: checker.engine.check(snapshot, in: context, waivers: waivers, baseline: baseline)),
        kept: keepsSnapshots ? snapshot : nil)
    case .unreadable(let unreadable):
      return Checked(result: unreadable, kept: nil)
    }
  }
}
