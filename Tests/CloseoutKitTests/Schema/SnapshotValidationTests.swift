import Testing

@testable import CloseoutKit

@Suite struct SnapshotValidationTests {
  private static let schema: SnapshotSchema? = try? RuleSetLoader.loadDefault().schema

  /// The diagnostics of loading `text` against the default rules' schema, as summaries and hints.
  private func problems(_ text: String) -> [String] {
    do {
      _ = try SnapshotLoader.load(Array(text.utf8), file: "s.yaml", schema: Self.schema)
      return []
    } catch {
      return error.diagnostics.map { $0.summary + ($0.hint.map { " (\($0))" } ?? "") }
    }
  }

  @Test func listsAndTextsLongerThanTheSchemaAllowsAreLocatedErrors() {
    let messages = (0..<301).map { _ in "  - {from: client, text: hi}\n" }.joined()
    #expect(
      problems(Fixtures.minimalSnapshot("messages:\n" + messages))
        == [
          "s.yaml:5:3: error: 'messages' has 301 items, more than the 300 the schema allows"
            + " (the rules' cost is bounded by the schema's sizes; keep the items that matter for ending)"
        ])
    let long = String(repeating: "é", count: 3_001)
    #expect(
      problems(Fixtures.minimalSnapshot("messages:\n  - {from: client, text: \(long)}\n"))
        == [
          "s.yaml:5:26: error: 'messages[0].text' is 3001 characters long, more than the 3000 the schema allows"
            + " (the rules' cost is bounded by the schema's sizes; shorten the text)"
        ])
    // 3,000 characters of two bytes each are within the limit.
    #expect(
      problems(Fixtures.minimalSnapshot("messages:\n  - {from: client, text: \(String(long.dropFirst()))}\n"))
        .isEmpty)
  }

  @Test(arguments: [
    (
      "tasks:\n  - {id: t-1, status: open}\n  - {id: t-2, status: opne}\n",
      [
        "s.yaml:6:23: error: 'tasks[1].status' must be one of open, in_progress, done, dropped, not the string 'opne' (did you mean 'open'?)"
      ]
    ),
    (
      "messages:\n  - {from: client, at: yesterday, text: hi}\n",
      [
        "s.yaml:5:24: error: 'messages[0].at' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, in the years 1900 to 9000, not the string 'yesterday'"
      ]
    ),
    (
      // Rules add days to dates: one at the end of CEL's range used to stop them with an overflow.
      "messages:\n  - {from: client, at: 9999-12-31T23:59:59Z, text: hi}\n  - {from: client, at: 0001-01-01T00:00:00Z, text: hi}\n",
      [
        "s.yaml:5:24: error: 'messages[0].at' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, in the years 1900 to 9000, not the string '9999-12-31T23:59:59Z'",
        "s.yaml:6:24: error: 'messages[1].at' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, in the years 1900 to 9000, not the string '0001-01-01T00:00:00Z'",
      ]
    ),
    (
      "handover: {documentation_shared: 'yes'}\nhourly: {manual_hours: two}\n",
      [
        "s.yaml:4:34: error: 'handover.documentation_shared' must be a boolean or null, not the string 'yes'",
        "s.yaml:5:24: error: 'hourly.manual_hours' must be a number or null, not the string 'two' (Manual time: not covered by payment protection.)",
      ]
    ),
    (
      "tasks: {id: t-1}\n",
      ["s.yaml:4:8: error: 'tasks' must be a list or null, not a mapping (Agreed work items.)"]
    ),
  ])
  func problemsAreLocatedInTheSnapshot(extra: String, expected: [String]) {
    #expect(problems(Fixtures.minimalSnapshot(extra)) == expected)
  }

  @Test func missingKeysArePlacedAtTheirParent() {
    #expect(
      problems("snapshot_version: 1\nas_of: 2026-11-20T10:00:00Z\ncontract:\n  id: c\n  kind: hourly\n") == [
        "s.yaml:4:3: error: 'contract' is missing the required key 'status'"
      ])
  }

  @Test func optionalSectionsMayBeAbsentOrNullAndExtraFieldsAreAllowed() {
    #expect(problems(Fixtures.minimalSnapshot()) == [])
    #expect(
      problems(
        Fixtures.minimalSnapshot(
          "tasks: null\nhourly: ~\nnotes: anything\nmessages: [{from: client, at: null, mood: happy}]\n"))
        == [])
  }

  @Test func theExamplesAreValid() throws {
    for name in ["not-ready.yaml", "ready-to-end.yaml", "hourly-ended.yaml", "fixed-price.json"] {
      let path = Fixtures.repository.appending(path: "examples").appending(path: name).path
      #expect(throws: Never.self) { try SnapshotLoader.load(path: path, schema: Self.schema) }
    }
  }

  @Test func withoutValidationOnlyTheShapeIsChecked() throws {
    let snapshot = try SnapshotLoader.load(Array("snapshot_version: 7\n".utf8), file: "s.yaml", schema: nil)
    #expect(snapshot.root.count == 1)
    #expect(throws: SnapshotLoadError.self) {
      try SnapshotLoader.load(Array("- a\n".utf8), file: "s.yaml", schema: nil)
    }
  }
}
