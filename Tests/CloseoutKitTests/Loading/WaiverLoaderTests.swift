import Testing

@testable import CloseoutKit

@Suite struct WaiverLoaderTests {
  private func problems(_ yaml: String) -> [String] {
    do {
      _ = try WaiverLoader.load(Array(yaml.utf8), file: "w.yaml")
      return []
    } catch {
      return error.diagnostics.map { $0.summary + ($0.hint.map { " (\($0))" } ?? "") }
    }
  }

  @Test func readsAListOfWaivers() throws {
    let waivers = try WaiverLoader.load(
      Array(
        """
        - rule: off-platform-payment
          contract: ct-1042
          reason: Deposit paid before the contract moved here.
          accepted_by: Ana Ruiz
          expires: 2026-12-31
        - {rule: handover-docs, contract: ct-7, reason: R, accepted_by: Bo, expires: "2027-01-01T12:00:00Z"}
        """.utf8), file: "w.yaml")
    #expect(waivers.map(\.rule.value) == ["off-platform-payment", "handover-docs"])
    #expect(waivers.map { $0.contract?.value } == ["ct-1042", "ct-7"])
    #expect(waivers[0].acceptedBy == "Ana Ruiz")
    #expect(waivers[0].rule.location.description == "w.yaml:1:9")
    // A date holds through that day (UTC); a date-time up to that moment.
    #expect(waivers[0].expiry.rfc3339 == "2027-01-01T00:00:00Z")
    #expect(waivers[1].expiry.rfc3339 == "2027-01-01T12:00:00Z")
    #expect(try WaiverLoader.load([], file: "empty.yaml").isEmpty)
  }

  @Test func reportsEveryProblemLocated() {
    #expect(
      problems(
        """
        - rule: off-platform-payment
          reasn: x
          accepted_by: Ana
          expires: soon
        - rule: "bad id!"
          contract: ct-1
          reason: R
          accepted_by: ""
          expires: 2026-12-31
        """) == [
          "w.yaml:1:3: error: a waiver is missing the required key 'reason'",
          "w.yaml:1:3: error: a waiver is missing the required key 'contract'",
          "w.yaml:2:3: error: unknown key 'reasn' in a waiver (did you mean 'reason'?)",
          "w.yaml:4:12: error: 'expires' must be a date such as 2026-12-31 or an RFC 3339 date-time, not 'soon'",
          "w.yaml:5:9: error: 'rule' 'bad id!' may contain only letters, digits, '-', '_' and '.'",
          "w.yaml:8:16: error: 'accepted_by' must not be empty",
        ])
    #expect(problems("rule: x") == ["w.yaml:1:1: error: a waiver file must be a list, not a mapping"])
    #expect(
      problems("- [") == ["w.yaml:1:4: error: while parsing a flow node: did not find expected node content"])
  }

  @Test func aSnapshotsWaiversImplyItsContract() throws {
    let snapshot = try Fixtures.snapshot(
      Fixtures.minimalSnapshot(
        """
        waivers:
          - {rule: r1, reason: R, accepted_by: Ana, expires: 2026-12-31}
          - {rule: r2, contract: ct-1, reason: R, accepted_by: Ana, expires: 2026-12-31}
        """))
    #expect(snapshot.waivers.map(\.rule.value) == ["r1", "r2"])
    #expect(snapshot.waivers[0].rule.location.description == "snapshot.yaml:5:12")
    #expect(snapshot.waivers[0].contract == nil)
  }

  @Test func aSnapshotsWaiverOfAnotherContractOrWithAnUnknownKeyIsAnError() {
    #expect(throws: SnapshotLoadError.self) {
      try Fixtures.snapshot(Fixtures.minimalSnapshot("waivers: [{rule: r, reason: R, accepted_by: A}]"))
    }
    do {
      _ = try Fixtures.snapshot(
        Fixtures.minimalSnapshot(
          """
          waivers:
            - {rule: r, contract: ct-2, reason: R, accepted_by: A, expires: 2026-12-31}
            - {rule: r, reason: R, acepted_by: A, expires: 2026-12-31}
          """))
      Issue.record("expected an error")
    } catch let error as SnapshotLoadError {
      #expect(
        error.diagnostics.map(\.summary) == [
          "snapshot.yaml:5:5: error: this waiver names the contract 'ct-2', but the snapshot is of 'ct-1'",
          "snapshot.yaml:6:5: error: a waiver is missing the required key 'accepted_by'",
          "snapshot.yaml:6:26: error: unknown key 'acepted_by' in a waiver",
        ])
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
