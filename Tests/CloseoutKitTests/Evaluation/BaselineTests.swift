import Testing

@testable import CloseoutKit

@Suite struct BaselineTests {
  private let rules = """
      - {id: blocker-a, step: a, severity: blocker, title: T, when: "true", message: M, next: N}
      - {id: warning-b, step: b, severity: warning, title: T, when: "true", message: M}
    """

  /// The checklist of the minimal snapshot (contract ct-1) checked against `baseline`.
  private func check(_ baseline: Baseline?, waivers: String = "[]") throws -> Checklist {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    let engine = Engine(ruleSet: set)
    return engine.check(
      try Fixtures.snapshot(Fixtures.minimalSnapshot()), in: engine.makeContext(),
      waivers: WaiverSet(try WaiverLoader.load(Array(waivers.utf8), file: "w.yaml")), baseline: baseline)
  }

  private func baseline(_ rules: [String], contract: String = "ct-1") -> Baseline {
    Baseline(
      entries: rules.map {
        Baseline.Entry(
          fingerprint: FindingFingerprint(contract: contract, rule: $0), contract: contract, rule: $0,
          severity: .blocker)
      }, generatedAt: "2026-11-20T09:30:00Z")
  }

  @Test func aBlockerInTheBaselineNeitherBlocksNorCounts() throws {
    let checklist = try check(baseline(["blocker-a"]))
    let finding = try #require(checklist.steps[0].findings.first)
    #expect(finding.isInBaseline && finding.isAccepted && !finding.isWaived)
    #expect(checklist.steps[1].findings.map(\.isInBaseline) == [false])
    #expect(checklist.steps.map(\.status) == [.done, .done, .done])
    #expect(checklist.isReady)
    #expect(checklist.worstSeverity == .warning)
    #expect(checklist.counts == [.blocker: 0, .warning: 1, .advice: 0])
    #expect(checklist.baselineCount == 1 && checklist.waivedCount == 0)
  }

  @Test func withoutTheBaselineOrWithAnotherContractsTheBlockerBlocks() throws {
    for baseline in [nil, baseline(["blocker-a"], contract: "ct-2")] {
      let checklist = try check(baseline)
      #expect(checklist.steps.map(\.status) == [.blocked, .waiting, .waiting])
      #expect(checklist.baselineCount == 0)
      #expect(checklist.counts[.blocker] == 1)
    }
  }

  @Test func aWaivedFindingInTheBaselineIsCountedOnceAsWaived() throws {
    let checklist = try check(
      baseline(["blocker-a"]),
      waivers: "- {rule: blocker-a, contract: ct-1, reason: R, accepted_by: Ana, expires: 2026-12-31}\n")
    #expect(checklist.waivedCount == 1 && checklist.baselineCount == 0)
    #expect(checklist.steps[0].findings.first?.isInBaseline == true)
  }

  @Test func anEntryIsFixedOnlyWhenItsContractWasCheckedAndNothingMatchedIt() {
    let known = baseline(["blocker-a", "warning-b"]).entries
    let both = Baseline(entries: known + baseline(["blocker-a"], contract: "ct-2").entries, generatedAt: "x")
    let fixed = both.fixed(fired: [known[0].fingerprint], checked: ["ct-1"])
    #expect(fixed.map(\.rule) == ["warning-b"])
    #expect(both.fixed(fired: [], checked: []).isEmpty)
  }
}
