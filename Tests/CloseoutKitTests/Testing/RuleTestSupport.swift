import Testing

@testable import CloseoutKit

/// A tiny rule set and in-memory test files for the rule test and catalogue tests.
enum RuleTestSupport {
  /// Two steps and two rules, one with `let`s, a `next` and a rationale.
  static let rules = """
    steps:
      - {id: work, title: Do the work, description: Finish what you agreed to.}
      - {id: wrap, title: Wrap up, after: [work]}
    rules:
      - id: open-tasks
        step: work
        severity: blocker
        title: Finish open tasks
        let:
          list: "tasks == null ? [] : tasks"
          open: list.filter(t, t.status == 'open')
        when: open.size() > 0
        message: "{{ open.size() }} open: {{ open.map(t, t.title).join(', ') }}"
        next: Finish them.
        rationale: Deliver what you agreed to.
      - id: say-thanks
        step: wrap
        severity: advice
        title: Say thanks
        when: messages == null
        message: No message yet.
    """

  /// A snapshot with one open task and no messages.
  static let snapshot = """
    snapshot_version: 1
    as_of: 2026-11-20T10:00:00Z
    contract: {id: ct-1, kind: fixed_price, status: active}
    tasks:
      - {id: t-1, title: Export, status: open}
    """

  /// The tiny rule set, read from `rules/r.yaml`.
  static func ruleSet() throws -> RuleSet {
    try Fixtures.ruleSet([("rules/r.yaml", rules)])
  }

  /// The suite of one test file `rules/tests/t.yaml` with `text`, whose snapshot files are `files`
  /// (by resolved path; `rules/tests/snapshots/s.yaml` holds `snapshot` unless replaced).
  static func suite(_ text: String, files: [String: String] = [:]) throws -> RuleTestSuite {
    let all = ["rules/tests/snapshots/s.yaml": snapshot].merging(files) { _, new in new }
    return try RuleTestLoader.load(
      files: [RuleSource(name: "rules/tests/t.yaml", bytes: Array(text.utf8))], ruleSet: ruleSet(),
      read: { path in all[path].map { Array($0.utf8) } })
  }

  /// The diagnostics of a test file, as `summary` lines followed by their hint, if any.
  static func problems(_ text: String, files: [String: String] = [:]) throws -> [String] {
    try suite(text, files: files).diagnostics.map { diagnostic in
      diagnostic.summary + (diagnostic.hint.map { " (\($0))" } ?? "")
    }
  }

  /// The results of running a test file's cases.
  static func run(_ text: String) throws -> [RuleTestResult] {
    let suite = try suite(text)
    #expect(suite.diagnostics.map(\.summary) == [])
    return RuleTestRunner(ruleSet: try ruleSet()).run(suite.cases)
  }
}
