/// One run of `check`, the loop every check goes through: each input is read and checked once, its
/// result handed to every reporter and their text written at once (a later input that hangs or
/// crashes the process loses nothing already decided), and the run folded into a `CheckOutcome`.
public struct CheckRun: Sendable {
  /// Reads and checks each snapshot.
  public let checker: SnapshotChecker
  /// Whether the outcome keeps the snapshots checked, for a timings report.
  public var keepsSnapshots = false

  /// A run that checks with `checker`.
  public init(checker: SnapshotChecker) {
    self.checker = checker
  }

  /// Checks the snapshots of `files` in order (`-` is standard input), writing each reporter's
  /// opening, one entry per snapshot and its closing through `write`, with the reporter's position
  /// in `reporters`.
  public func run(_ files: [String], reporters: [any Reporter], write: (_ reporter: Int, String) -> Void)
    -> CheckOutcome
  {
    run(SnapshotInputs(arguments: files), reporters: reporters, write: write)
  }

  /// Checks `inputs` in order, as `run(_:reporters:write:)` does.
  public func run(
    _ inputs: some Sequence<SnapshotInputs.Input>, reporters: [any Reporter],
    write: (_ reporter: Int, String) -> Void
  ) -> CheckOutcome {
    var reporters = reporters
    let context = checker.engine.makeContext()
    var outcome = CheckOutcome()
    for index in reporters.indices { write(index, reporters[index].opening()) }
    for (index, input) in inputs.enumerated() {
      let result: CheckResult
      var kept: Snapshot?
      switch checker.load(input) {
      case .readable(let snapshot):
        if keepsSnapshots { kept = snapshot }
        result = CheckResult(snapshot: snapshot, checklist: checker.engine.check(snapshot, in: context))
      case .unreadable(let unreadable):
        result = unreadable
      }
      for reporter in reporters.indices { write(reporter, reporters[reporter].entry(result, index: index)) }
      outcome.add(result, snapshot: kept)
    }
    for index in reporters.indices { write(index, reporters[index].closing(outcome.tally)) }
    return outcome
  }
}
