import Foundation
import Testing

@testable import CloseoutKit

/// The one loop of `check`: every input read and checked in order, each result written as soon as
/// it is made, the run folded into one outcome.
@Suite struct CheckRunTests {
  private func run(_ files: [String], format: ReportFormat = .json, keeping: Bool = false) throws -> (
    CheckOutcome, [String]
  ) {
    var run = CheckRun(checker: SnapshotChecker(engine: Engine(ruleSet: try RuleSetLoader.loadDefault())))
    run.keepsSnapshots = keeping
    var written: [String] = []
    let outcome = run.run(
      SnapshotInputs(arguments: files), reporters: [format.reporter(ReportOptions())],
      write: { written.append($1) })
    return (outcome, written)
  }

  @Test func writesTheOpeningAnEntryPerFileAndTheClosing() throws {
    let (outcome, written) = try run(["examples/ready-to-end.yaml", "examples/not-ready.yaml"])
    #expect(written.count == 4)
    #expect(written[0].hasPrefix("{"))
    #expect(written[1].contains("examples/ready-to-end.yaml") && !written[1].contains("not-ready"))
    #expect(written[2].contains("examples/not-ready.yaml"))
    #expect(outcome.tally.count == 2 && outcome.tally.ready == 1)
    #expect(outcome.snapshots.isEmpty)
  }

  @Test func foldsTheWorstFindingAndTheInputsThatFailed() throws {
    let (ready, _) = try run(["examples/ready-to-end.yaml"])
    #expect(ready.isClean)
    #expect(!ready.fails(.blocker))
    let (notReady, _) = try run(["examples/not-ready.yaml", "missing.yaml"], keeping: true)
    #expect(notReady.worstSeverity == .blocker)
    #expect(notReady.fails(.blocker) && !notReady.fails(.never))
    #expect(notReady.failedInputs == 1 && !notReady.isClean)
    #expect(notReady.tally.unreadable == 1)
    #expect(notReady.snapshots.count == 1)
  }

  @Test func everyFormatHasOneReporterThatWritesIt() {
    for format in ReportFormat.allCases {
      #expect(format.reporterType.format == format)
      #expect(type(of: format.reporter(ReportOptions())).format == format)
    }
  }
}
