import Testing

@testable import CloseoutKit

@Suite struct BaselineFileTests {
  private func entry(_ contract: String, _ rule: String, _ severity: Severity = .blocker) -> Baseline.Entry {
    Baseline.Entry(
      fingerprint: FindingFingerprint(contract: contract, rule: rule), contract: contract, rule: rule,
      severity: severity)
  }

  private func problems(_ text: String) -> [String] {
    do {
      _ = try BaselineFile.load(Array(text.utf8), file: "b.json")
      return []
    } catch {
      return error.diagnostics.map { $0.summary + ($0.hint.map { " (\($0))" } ?? "") }
    }
  }

  @Test func writesTheFindingsSortedOncePerFingerprint() {
    let baseline = Baseline(
      entries: [entry("ct-2", "a"), entry("ct-1", "b", .advice), entry("ct-1", "a"), entry("ct-2", "a")],
      generatedAt: "2026-11-20T09:30:00Z")
    #expect(baseline.entries.map { "\($0.contract) \($0.rule)" } == ["ct-1 a", "ct-1 b", "ct-2 a"])
    #expect(
      BaselineFile.document(
        Baseline(entries: [entry("ct-1042", "client-agreement")], generatedAt: "2026-11-20T09:30:00Z"))
          == """
          {
            "version": 1,
            "generated_at": "2026-11-20T09:30:00Z",
            "findings": [
              {
                "fingerprint": "142e99373953c3f4",
                "contract": "ct-1042",
                "rule": "client-agreement",
                "severity": "blocker"
              }
            ]
          }

          """)
  }

  @Test func readsWhatItWrites() throws {
    let baseline = Baseline(
      entries: [entry("ct-1", "a"), entry("ct-1", "b", .warning), entry("snap.yaml", "c", .advice)],
      generatedAt: "2026-11-20T09:30:00Z")
    let read = try BaselineFile.load(Array(BaselineFile.document(baseline).utf8), file: "b.json")
    #expect(read == baseline)
    #expect(read.contains(FindingFingerprint(contract: "ct-1", rule: "b")))
    #expect(!read.contains(FindingFingerprint(contract: "ct-2", rule: "b")))
    let empty = Baseline(entries: [], generatedAt: "2026-11-20T09:30:00Z")
    #expect(try BaselineFile.load(Array(BaselineFile.document(empty).utf8), file: "b.json") == empty)
  }

  @Test func aHandWrittenYAMLBaselineIsReadToo() throws {
    let read = try BaselineFile.load(
      Array(
        """
        version: 1
        generated_at: 2026-11-20T09:30:00Z
        findings:
          - {fingerprint: 142e99373953c3f4, contract: ct-1042, rule: client-agreement, severity: blocker}
        """.utf8), file: "b.yaml")
    #expect(read.entries == [entry("ct-1042", "client-agreement")])
  }

  @Test func reportsEveryProblemLocated() {
    #expect(
      problems(
        """
        {"version": 2, "generated_at": "2026-11-20T09:30:00Z", "findings": [
          {"fingerprint": "XYZ", "contract": "ct-1", "rule": "r", "severity": "blocker"},
          {"fingerprint": "142e99373953c3f4", "contract": "ct-1", "rule": "r", "severty": "blocker"},
          {"fingerprint": "142e99373953c3f4", "contract": "", "rule": "r", "severity": "fatal"}
        ]}
        """) == [
          "b.json:1:13: error: unsupported baseline version '2' (this closeout reads version 1; write the"
            + " baseline again with --update-baseline)",
          "b.json:2:19: error: 'fingerprint' must be 16 lower-case hexadecimal digits, not 'XYZ'",
          "b.json:3:3: error: a baseline finding is missing the required key 'severity'",
          "b.json:3:72: error: unknown key 'severty' in a baseline finding (did you mean 'severity'?)",
          "b.json:4:51: error: 'contract' must not be empty",
          "b.json:4:80: error: unknown severity 'fatal' (use one of: blocker, warning, advice)",
        ])
    #expect(
      problems("[]") == [
        "b.json:1:1: error: a baseline file must be a mapping, not a list"
      ])
    #expect(
      problems("{\"version\": 1, \"findings\": {}}") == [
        "b.json:1:1: error: a baseline file is missing the required key 'generated_at'",
        "b.json:1:28: error: 'findings' must be a list, not a mapping",
      ])
    #expect(
      problems("{\"version\": 1,\n  \"findings\": [}") == [
        "b.json:2:16: error: while parsing a flow node: did not find expected node content"
      ])
  }
}
