import Testing

@testable import CloseoutKit

/// A run compared with a baseline: known findings are marked and do not count, fixed ones are
/// counted on the tally, and a run can gather its findings to write a baseline.
@Suite struct CheckRunBaselineTests {
  private func run(_ files: [String], baseline: Baseline? = nil, format: ReportFormat = .json) throws -> (
    CheckOutcome, String
  ) {
    var run = CheckRun(checker: SnapshotChecker(engine: Engine(ruleSet: try RuleSetLoader.loadDefault())))
    run.baseline = baseline
    run.gathersFindings = true
    var options = ReportOptions()
    options.comparesToBaseline = baseline != nil
    var written = ""
    let outcome = run.run(
      SnapshotInputs(arguments: files), reporters: [format.reporter(options)], write: { written += $1 })
    return (outcome, written)
  }

  @Test func theFindingsOfARunAreItsBaselineAndAFixedOneIsCounted() throws {
    let (first, _) = try run(["examples/not-ready.yaml"])
    #expect(first.fails(.blocker))
    let written = first.baseline(generatedAt: "2026-11-20T09:30:00Z")
    #expect(written.entries.count == 6)
    #expect(written.entries.allSatisfy { $0.contract == "ct-1042" })
    let (second, json) = try run(["examples/not-ready.yaml"], baseline: written)
    #expect(!second.fails(.advice))
    #expect(second.tally.baselineFixed == 0)
    #expect(json.contains("\"baseline\": true"))
    #expect(json.hasSuffix("  ],\n  \"baseline\": {\n    \"fixed\": 0\n  }\n}\n"))
    // An entry of the same contract that no longer fires is fixed; one of another contract is not.
    let stale = Baseline(
      entries: written.entries + [
        Baseline.Entry(
          fingerprint: FindingFingerprint(contract: "ct-1042", rule: "gone"), contract: "ct-1042",
          rule: "gone",
          severity: .warning),
        Baseline.Entry(
          fingerprint: FindingFingerprint(contract: "ct-9", rule: "gone"), contract: "ct-9", rule: "gone",
          severity: .warning),
      ], generatedAt: "2026-11-20T09:30:00Z")
    let (third, _) = try run(["examples/not-ready.yaml"], baseline: stale)
    #expect(third.tally.baselineFixed == 1)
  }

  @Test func reportsSayWhichFindingsAreKnown() throws {
    let (first, _) = try run(["examples/not-ready.yaml"])
    let known = Baseline(
      entries: first.findings.filter { $0.rule != "open-dispute" }, generatedAt: "2026-11-20T09:30:00Z")
    let (_, sarif) = try run(["examples/not-ready.yaml"], baseline: known, format: .sarif)
    #expect(sarif.components(separatedBy: "\"baselineState\": \"unchanged\"").count == 6)
    #expect(sarif.components(separatedBy: "\"baselineState\": \"new\"").count == 2)
    let (_, text) = try run(["examples/not-ready.yaml"], baseline: known, format: .text)
    #expect(text.contains("(1 blocker, 0 warnings, 0 advice, 5 in baseline)"))
    #expect(text.contains("[client-agreement] (in baseline)\n"))
    #expect(text.contains("[open-dispute]\n"))
    // Without a baseline, SARIF says nothing of one.
    let (_, plain) = try run(["examples/not-ready.yaml"], format: .sarif)
    #expect(!plain.contains("baselineState"))
  }
}
