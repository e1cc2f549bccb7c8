import Testing

@testable import CloseoutKit

@Suite struct WaiverSetTests {
  private let rules = """
      - {id: blocker-a, step: a, severity: blocker, title: T, when: "true", message: M, next: N}
      - {id: warning-b, step: b, severity: warning, title: T, when: "true", message: M}
    """

  /// The checklist of the minimal snapshot (contract ct-1, as of 2026-11-20T10:00:00Z) with
  /// `extra` appended, checked with the waiver file `file`.
  private func check(file: String = "[]", snapshot extra: String = "") throws -> Checklist {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    let waivers = try WaiverLoader.load(Array(file.utf8), file: "w.yaml")
    return Engine(ruleSet: set).check(
      try Fixtures.snapshot(Fixtures.minimalSnapshot(extra)), in: Engine(ruleSet: set).makeContext(),
      waivers: WaiverSet(waivers))
  }

  private func waiver(_ rule: String, contract: String = "ct-1", expires: String = "2026-12-31") -> String {
    "- {rule: \(rule), contract: \(contract), reason: Agreed with the client, accepted_by: Ana, expires: \"\(expires)\"}\n"
  }

  @Test func aWaivedBlockerNeitherBlocksNorCounts() throws {
    let checklist = try check(file: waiver("blocker-a"))
    let finding = try #require(checklist.steps[0].findings.first)
    #expect(finding.rule == "blocker-a")
    #expect(
      finding.waiver
        == Finding.Waived(
          reason: "Agreed with the client", acceptedBy: "Ana", expires: "2026-12-31",
          location: SourceLocation(file: "w.yaml", line: 1, column: 10)))
    // Step a has no done_when: with nothing blocking it is done, and the checklist goes on.
    #expect(checklist.steps.map(\.status) == [.done, .done, .done])
    #expect(checklist.isReady)
    #expect(checklist.worstSeverity == .warning)
    #expect(checklist.counts == [.blocker: 0, .warning: 1, .advice: 0])
    #expect(checklist.waivedCount == 1)
    #expect(checklist.warnings.isEmpty)
  }

  @Test func withoutWaiversTheBlockerBlocks() throws {
    let checklist = try check()
    #expect(checklist.steps.map(\.status) == [.blocked, .waiting, .waiting])
    #expect(checklist.next == Checklist.NextAction(step: "a", action: "N"))
    #expect(checklist.waivedCount == 0)
  }

  @Test func aWaiverOfAnotherContractDoesNotApply() throws {
    let checklist = try check(file: waiver("blocker-a", contract: "ct-2"))
    #expect(checklist.steps[0].status == .blocked)
    #expect(checklist.warnings.isEmpty)
  }

  @Test(arguments: [
    // as_of is 2026-11-20T10:00:00Z: a date holds through that day, a date-time until that moment.
    ("2026-11-20", true), ("2026-11-19", false), ("2026-11-20T10:00:01Z", true),
    ("2026-11-20T10:00:00Z", false),
  ])
  func expiryIsMeasuredAgainstAsOf(expires: String, holds: Bool) throws {
    let checklist = try check(file: waiver("blocker-a", expires: expires))
    #expect(checklist.steps[0].findings[0].isWaived == holds)
    #expect(checklist.isReady == holds)
    #expect(
      checklist.warnings.map(\.summary)
        == (holds
          ? []
          : [
            "w.yaml:1:96: warning: the waiver of 'blocker-a' for contract 'ct-1' expired on \(expires)"
              + " (the snapshot is as of 2026-11-20T10:00:00Z): its findings count again"
          ]))
  }

  @Test func unusedWaiversAreWarnings() throws {
    let checklist = try check(
      file: waiver("blocker-a") + waiver("advice-c") + waiver("blocker-aa"))
    #expect(
      checklist.warnings.map { $0.summary + ($0.hint.map { " (\($0))" } ?? "") } == [
        "w.yaml:2:10: warning: the waiver of 'advice-c' for contract 'ct-1' is unused: there is no rule"
          + " 'advice-c' (remove the waiver)",
        "w.yaml:3:10: warning: the waiver of 'blocker-aa' for contract 'ct-1' is unused: there is no rule"
          + " 'blocker-aa' (did you mean 'blocker-a'?)",
      ])
    let silent = try check(file: waiver("warning-b"), snapshot: "")
    #expect(silent.warnings.isEmpty)
  }

  @Test func aSnapshotsOwnWaiversApplyToItsContract() throws {
    let checklist = try check(
      snapshot: """
        waivers:
          - {rule: warning-b, reason: Known, accepted_by: Ana, expires: 2027-01-01}
          - {rule: blocker-a, reason: Old, accepted_by: Ana, expires: 2026-01-01}
        """)
    #expect(checklist.steps[1].findings[0].waiver?.reason == "Known")
    #expect(!checklist.steps[0].findings[0].isWaived)
    #expect(checklist.worstSeverity == .blocker)
    #expect(checklist.warnings.map(\.location?.description) == ["snapshot.yaml:6:63"])
  }

  @Test func theOutcomeIgnoresWaivedFindingsForFailOn() throws {
    let checklist = try check(file: waiver("blocker-a") + waiver("warning-b"))
    var outcome = CheckOutcome()
    outcome.add(
      CheckResult(snapshot: try Fixtures.snapshot(Fixtures.minimalSnapshot()), checklist: checklist),
      snapshot: nil)
    #expect(outcome.worstSeverity == nil)
    #expect(!outcome.fails(.advice))
    #expect(outcome.tally.ready == 1)
  }
}
