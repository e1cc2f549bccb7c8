import Testing

@testable import CloseoutKit

/// Every problem in a rule test file is a located diagnostic: file, line, column and message.
@Suite struct RuleTestDecoderTests {
  @Test func aWellFormedFileDecodesEveryExpectation() throws {
    let suite = try RuleTestSupport.suite(
      """
      snapshot: snapshots/s.yaml
      cases:
        - name: everything
          fires: open-tasks
          silent: []
          steps: {work: blocked, wrap: waiting}
          verdict: not_ready
          messages:
            open-tasks: [1 open, Export]
            say-thanks: No message
      """)
    #expect(suite.diagnostics.map(\.summary) == [])
    let testCase = try #require(suite.cases.first)
    #expect(testCase.name.value == "everything")
    #expect(testCase.name.location == SourceLocation(file: "rules/tests/t.yaml", line: 3, column: 11))
    #expect(testCase.snapshot.file == "rules/tests/snapshots/s.yaml")
    let expected = testCase.expectations
    #expect(expected.fires.map(\.value) == ["open-tasks"])
    #expect(
      expected.steps.map { "\($0.step.value)=\($0.status.rawValue)" } == ["work=blocked", "wrap=waiting"])
    #expect(expected.verdict?.value == .notReady)
    #expect(
      expected.messages.map { "\($0.rule.value): \($0.text)" } == [
        "open-tasks: 1 open", "open-tasks: Export", "say-thanks: No message",
      ])
    #expect(expected.firingRules == ["open-tasks", "say-thanks"])
  }

  @Test(arguments: [
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    fires: [open-taks]\n",
      ["rules/tests/t.yaml:4:13: error: unknown rule id 'open-taks' (did you mean 'open-tasks'?)"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    silent: nothing-like-it\n",
      [
        "rules/tests/t.yaml:4:13: error: unknown rule id 'nothing-like-it' (the rule set has no rule with this id)"
      ]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    firs: [open-tasks]\n    verdict: ready\n",
      ["rules/tests/t.yaml:4:5: error: unknown key 'firs' in a test case (did you mean 'fires'?)"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    steps: {wrok: done, wrap: don}\n",
      [
        "rules/tests/t.yaml:4:13: error: unknown step id 'wrok' (did you mean 'work'?)",
        "rules/tests/t.yaml:4:31: error: unknown step status 'don' (did you mean 'done'?)",
      ]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    steps: {work: attention}\n",
      [
        "rules/tests/t.yaml:4:19: error: unknown step status 'attention' (did you mean 'next'? A step with only warnings or advice is now done, next or waiting)"
      ]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    verdict: redy\n",
      ["rules/tests/t.yaml:4:14: error: unknown verdict 'redy' (did you mean 'ready'?)"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n",
      [
        "rules/tests/t.yaml:2:5: error: the case expects nothing "
          + "(add 'fires', 'silent', 'steps', 'verdict', 'messages' or 'next')"
      ]
    ),
    (
      "cases:\n  - name: a\n    fires: [open-tasks]\n",
      [
        "rules/tests/t.yaml:2:5: error: the case has no snapshot (add 'snapshot:' (a file path or an inline "
          + "mapping) to the case, or to the file for every case)"
      ]
    ),
    (
      "cases:\n  - snapshot: snapshots/s.yaml\n    fires: [open-tasks]\n",
      ["rules/tests/t.yaml:2:5: error: a test case is missing the required key 'name'"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    fires: [open-tasks]\n    silent: [open-tasks]\n",
      ["rules/tests/t.yaml:5:13: error: rule 'open-tasks' is expected both to fire and to stay silent"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    fires: [open-tasks]\n"
        + "  - name: a\n    snapshot: snapshots/s.yaml\n    silent: [open-tasks]\n",
      ["rules/tests/t.yaml:5:11: error: duplicate case name 'a' (give each case of a file its own name)"]
    ),
    (
      "tests:\n  - name: a\n",
      [
        "rules/tests/t.yaml:1:1: error: unknown key 'tests' in a rule test file (allowed keys: snapshot, cases)",
        "rules/tests/t.yaml:1:1: error: a rule test file is missing the required key 'cases'",
      ]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/missing.yaml\n    fires: [open-tasks]\n",
      ["rules/tests/t.yaml:3:15: error: cannot read the snapshot file 'rules/tests/snapshots/missing.yaml'"]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    messages: {open-tasks: 3}\n    patch: {a..b: 1}\n",
      [
        "rules/tests/t.yaml:5:13: error: patch path 'a..b' has an empty part (write keys and indices "
          + "separated by single dots, such as 'tasks.0.status')"
      ]
    ),
    (
      "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    fires: [open-tasks]\n    patch: {tasks.3.status: done}\n",
      [
        "rules/tests/t.yaml:5:13: error: cannot patch 'tasks.3.status': index 3 is out of range: 'tasks' has 1 item"
      ]
    ),
  ])
  func problemsAreLocated(text: String, expected: [String]) throws {
    #expect(try RuleTestSupport.problems(text) == expected)
  }

  @Test func snapshotProblemsPointIntoTheSnapshotOrThePatch() throws {
    let broken = "snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\ncontract: {id: ct-1, kind: x\n"
    #expect(
      try RuleTestSupport.problems(
        "cases:\n  - name: a\n    snapshot: snapshots/b.yaml\n    fires: [open-tasks]\n",
        files: ["rules/tests/snapshots/b.yaml": broken]
      ).map { String($0.prefix(34)) } == [
        "rules/tests/snapshots/b.yaml:4:1: "
      ])
    let invalid =
      "snapshot_version: 2\nas_of: 2026-11-20T10:00:00Z\ncontract: {id: ct-1, kind: x, status: y}\n"
    #expect(
      try RuleTestSupport.problems(
        "cases:\n  - name: a\n    snapshot: snapshots/v.yaml\n    fires: [open-tasks]\n",
        files: ["rules/tests/snapshots/v.yaml": invalid]) == [
          "rules/tests/snapshots/v.yaml:1:19: error: 'snapshot_version' must be 1, not the int 2"
            + " (The snapshot format's version; this Closeout reads version 1.)"
        ])
    #expect(
      try RuleTestSupport.problems(
        "cases:\n  - name: a\n    snapshot: snapshots/s.yaml\n    fires: [open-tasks]\n"
          + "    patch: {contract.status: 5}\n") == [
          "rules/tests/t.yaml:5:30: error: 'contract.status' must be a string, not the int 5"
        ])
  }

  @Test func aBrokenSnapshotFileIsReportedOnceForAllItsCases() throws {
    let problems = try RuleTestSupport.problems(
      """
      snapshot: snapshots/missing.yaml
      cases:
        - {name: a, fires: [open-tasks]}
        - {name: b, silent: [open-tasks]}
      """)
    #expect(
      problems == [
        "rules/tests/t.yaml:1:11: error: cannot read the snapshot file 'rules/tests/snapshots/missing.yaml'"
      ])
  }

  @Test func anInlineSnapshotIsValidatedInTheTestFile() throws {
    #expect(
      try RuleTestSupport.problems(
        """
        cases:
          - name: a
            snapshot: {snapshot_version: 1, as_of: yesterday, contract: {id: c, kind: k, status: s}}
            fires: [open-tasks]
        """) == [
          "rules/tests/t.yaml:3:44: error: 'as_of' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, "
            + "in the years 1900 to 9000, not the string 'yesterday'"
        ])
  }

  @Test func aCaseNamingARuleTheConfigurationDisablesIsAProblem() throws {
    let disabled = [Located("say-thanks", at: SourceLocation(file: ".closeout.yaml", line: 2, column: 12))]
    let text =
      "snapshot: s.yaml\ncases:\n  - {name: a, silent: [say-thanks]}\n  - {name: b, fires: open-tasks}\n"
    let file = RuleSource(name: "rules/tests/t.yaml", bytes: Array(text.utf8))
    let snapshot = Array(RuleTestSupport.snapshot.utf8)
    let ruleSet = try RuleTestSupport.ruleSet()
    let suite = RuleTestLoader.load(
      files: [file], ruleSet: ruleSet, disabled: disabled, read: { _ in snapshot })
    let problems: [String] = suite.diagnostics.map { $0.summary + " (" + ($0.hint ?? "") + ")" }
    #expect(
      problems == [
        "rules/tests/t.yaml:3:24: error: the rule 'say-thanks' is disabled by the configuration, so no case "
          + "can expect it ('disable' at .closeout.yaml:2 turns it off, as for check; drop it from the case "
          + "or from 'disable', or test the rules as written with --no-config)"
      ])
    #expect(suite.cases.map(\.name.value) == ["b"])
  }
}
