/// One run of `check`, the loop every check goes through: each input is read and checked in turn,
/// its result handed to the reporter and written at once (a later input that hangs or crashes the
/// process loses nothing already decided), and the run folded into a `CheckOutcome`.
public struct CheckRun: Sendable {
  /// Reads and checks each snapshot.
  public let checker: SnapshotChecker
  /// Whether the outcome keeps the snapshots checked, for a timings report.
  public var keepsSnapshots = false

  /// A run that checks with `checker`.
  public init(checker: SnapshotChecker) {
    self.checker = checker
  }

  /// Checks `files` in order (`-` is standard input), writing `reporter`'s opening, one entry per
  /// file and its closing through `write`.
  public func run(_ files: [String], reporter: any Reporter, write: (String) -> Void) -> CheckOutcome {
    var reporter = reporter
    let context = checker.engine.makeContext()
    var outcome = CheckOutcome()
    write(reporter.opening())
    for (index, file) in files.enumerated() {
      let result: CheckResult
      var kept: Snapshot?
      switch checker.load(file: file) {
      case .readable(let snapshot):
        if keepsSnapshots { kept = snapshot }
        result = CheckResult(snapshot: snapshot, checklist: checker.engine.check(snapshot, in: context))
      case .unreadable(let unreadable):
        result = unreadable
      }
      write(reporter.entry(result, index: index))
      outcome.add(result, snapshot: kept)
    }
    write(reporter.closing(outcome.tally))
    return outcome
  }
}
