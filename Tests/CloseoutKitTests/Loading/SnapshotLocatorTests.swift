import CEL
import Foundation
import Testing

@testable import CloseoutKit

/// Findings point at the snapshot nodes their rule's `at:` names, with line and column.
@Suite struct SnapshotLocatorTests {
  private static let snapshot = Fixtures.minimalSnapshot(
    """
    tasks:
      - {id: t-1, title: Export, status: open}
      - {id: t-2, title: Notes, status: done}
      - id: t-3
        title: Review
        status: open
    messages:
      - from: client
        at: 2026-11-18T09:30:00Z
        text: >-
          Can we talk on Monday? Also, to save the fees, could I pay
          the rest via PayPal or paypal?
      - {from: client, at: 2026-11-18T09:40:00Z, text: "Thanks, all good."}
    """)

  private func finding(_ at: String, snapshot: String = snapshot, file: String = "s.yaml") throws -> Finding {
    let rules = Fixtures.stepsAndRules(
      """
        - id: r
          step: a
          severity: warning
          title: T
          when: "true"
          message: M
      \(at.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
      """)
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let checklist = Engine(ruleSet: set).check(try Fixtures.snapshot(snapshot, file: file))
    #expect(checklist.errors.isEmpty, "\(checklist.errors)")
    return try #require(checklist.steps[0].findings.first)
  }

  private func places(_ finding: Finding) -> [String] {
    finding.locations.map { place in
      "\(place.location.line):\(place.location.column) \(place.path)" + (place.word.map { " \($0)" } ?? "")
    }
  }

  @Test func listItemsArePlacesEach() throws {
    let found = try finding("at: tasks.filter(t, t.status == 'open')")
    #expect(places(found) == ["5:5 tasks[0]", "7:5 tasks[2]"])
    #expect(found.locations.allSatisfy { $0.location.file == "s.yaml" })
  }

  @Test func mapsAndTextsAreFoundByValue() throws {
    #expect(places(try finding("at: contract")) == ["3:11 contract"])
    #expect(places(try finding("at: messages[1].text")) == ["16:46 messages[1].text"])
  }

  @Test func wordsArePlacedInsideTheirText() throws {
    let found = try finding(
      """
      at:
        in: messages.map(m, m.text)
        words: "['PayPal', 'fees']"
      """)
    // Folded text maps line by line; every occurrence, as written, in the order found.
    #expect(
      places(found) == [
        "14:48 messages[0].text fees", "15:20 messages[0].text PayPal", "15:30 messages[0].text paypal",
      ])
  }

  @Test func wordsInAPlainTextOverSeveralLinesArePlacedExactly() throws {
    let plain = Fixtures.minimalSnapshot(
      "messages:\n  - from: client\n    text: Can we settle\n      the rest via\n      PayPal instead?\n")
    let found = try finding("at:\n  in: messages[0].text\n  words: \"'PayPal'\"", snapshot: plain)
    #expect(places(found) == ["8:7 messages[0].text PayPal"])
  }

  @Test func wordsNotWrittenAsSuchPointAtTheTexts() throws {
    let found = try finding(
      """
      at:
        in: messages[0].text
        words: "'venmo'"
      """)
    #expect(places(found) == ["13:5 messages[0].text"])
  }

  @Test func equalNodesArePlacesOnce() throws {
    let twins = Fixtures.minimalSnapshot(
      "tasks:\n  - {title: A, status: open}\n  - {title: A, status: open}\n")
    let found = try finding("at: tasks", snapshot: twins)
    #expect(places(found) == ["5:5 tasks[0]", "6:5 tasks[1]"])
  }

  @Test func numbersBooleansAndNullPointNowhere() throws {
    #expect(try finding("at: '[1, true, null, \"\"]'").locations.isEmpty)
  }

  @Test func aFieldADefaultFilledInPointsAtItsMap() throws {
    // `contract.client` is not written; a schema's default fills it in as a map, whose place is
    // then the contract's.
    var snapshot = try Fixtures.snapshot(Self.snapshot, file: "s.yaml")
    let client = Value.map(MapValue(stringKeyed: [("name", .string("Acme"))]))
    guard case .map(var contract)? = snapshot.root["contract"] else { throw CancellationError() }
    contract.appendDefault(FieldName("client"), client)
    _ = snapshot.root.set(.string("contract"), .map(contract))
    var locator = SnapshotLocator(snapshot)
    let places = locator.places(of: client, words: [])
    #expect(places.map { "\($0.location) \($0.path)" } == ["s.yaml:3:11 contract.client"])
  }

  @Test func aSnapshotWithoutMarksIsPlacedFromItsTreeOrNowhere() throws {
    // Read without marks, the document is read again as a tree; made in memory, it has no place.
    let bytes = Array(Self.snapshot.utf8)
    let unmarked = try SnapshotLoader.load(bytes, file: "s.yaml", recordingMarks: false)
    var locator = SnapshotLocator(unmarked)
    let contract = try #require(unmarked.root["contract"])
    #expect(locator.places(of: contract, words: []).map { "\($0.location)" } == ["s.yaml:3:11"])
    let inMemory = Snapshot(file: "memory", root: unmarked.root)
    var nowhere = SnapshotLocator(inMemory)
    #expect(nowhere.places(of: contract, words: []).isEmpty)
  }

  @Test func aLineOfAStreamIsPlacedOnThatLine() throws {
    var snapshot = try SnapshotLoader.load(
      Array(
        #"{"snapshot_version": 1, "as_of": "2026-11-20T10:00:00Z", "contract": {"id": "ct-1", "kind": "fixed_price", "status": "active"}}"#
          .utf8),
      file: "export.ndjson", as: .json)
    snapshot.file = "export.ndjson:7"
    snapshot.source?.firstLine = 7
    var locator = SnapshotLocator(snapshot)
    let contract = try #require(snapshot.root["contract"])
    #expect(locator.places(of: contract, words: []).map { "\($0.location)" } == ["export.ndjson:7:70"])
  }

  @Test func nodesAnAliasRepeatsArePlacedWhereTheAnchorIs() throws {
    let aliased = Fixtures.minimalSnapshot(
      "tasks:\n  - &t {title: A, status: open}\n  - {title: B, status: done}\n  - *t\nmilestones: []\n")
    let found = try finding("at: tasks.filter(t, t.status == 'open')", snapshot: aliased)
    #expect(places(found) == ["5:5 tasks[0]", "5:5 tasks[2]"])
    let done = try finding("at: tasks[1]", snapshot: aliased)
    #expect(places(done) == ["6:5 tasks[1]"])
  }

  @Test func marksAreRecordedOnlyForRuleSetsThatPointIntoSnapshots() throws {
    let pointing = try Fixtures.ruleSet([
      (
        "r.yaml",
        Fixtures.stepsAndRules(
          "  - {id: r, step: a, severity: advice, title: T, when: 'true', message: M, at: contract}")
      )
    ])
    let silent = try Fixtures.ruleSet([
      (
        "r.yaml",
        Fixtures.stepsAndRules("  - {id: r, step: a, severity: advice, title: T, when: 'true', message: M}")
      )
    ])
    #expect(Engine(ruleSet: pointing).pointsIntoSnapshots)
    #expect(!Engine(ruleSet: silent).pointsIntoSnapshots)
    let bytes = Array(Self.snapshot.utf8)
    #expect(try SnapshotLoader.load(bytes, file: "s.yaml").source?.marks != nil)
    #expect(try SnapshotLoader.load(bytes, file: "s.yaml", recordingMarks: false).source?.marks == nil)
  }

  @Test func wordsInPrettyPrintedJSONArePlacedAsJSONCountsLines() throws {
    // U+2028 inside a string is a character to JSON and a line break to YAML: the text's line is
    // the JSON one, 8, not 9.
    let json =
      "{\n  \"snapshot_version\": 1,\n  \"as_of\": \"2026-11-20T10:00:00Z\",\n"
      + "  \"contract\": {\"id\": \"ct-1\", \"kind\": \"fixed_price\", \"status\": \"active\",\n"
      + "    \"title\": \"a\u{2028}b\"},\n  \"messages\": [\n    {\"from\": \"client\",\n"
      + "    \"text\": \"pay by PayPal\"}\n  ]\n}\n"
    let rules = Fixtures.stepsAndRules(
      "  - {id: r, step: a, severity: warning, title: T, when: 'true', message: M, at: {in: 'messages[0].text', words: \"'PayPal'\"}}"
    )
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let snapshot = try SnapshotLoader.load(Array(json.utf8), file: "s.json")
    let found = try #require(Engine(ruleSet: set).check(snapshot).steps[0].findings.first)
    #expect(found.locations.map { "\($0.location) \($0.word ?? "")" } == ["s.json:8:21 PayPal"])
  }

  @Test func wordsInFlowMappingsAndJSONArePlacedFromTheWholeDocument() throws {
    let flow = Fixtures.minimalSnapshot("messages:\n  - {from: client, text: \"pay by PayPal\"}\n")
    let found = try finding("at:\n  in: messages[0].text\n  words: \"'PayPal'\"", snapshot: flow)
    #expect(places(found) == ["5:34 messages[0].text PayPal"])
  }

  @Test func placesAreCapped() throws {
    let many = Fixtures.minimalSnapshot(
      "tasks:\n" + (1...30).map { "  - {title: T\($0), status: open}\n" }.joined())
    #expect(try finding("at: tasks", snapshot: many).locations.count == 20)
  }

  @Test func strictJSONSnapshotsArePlacedToo() throws {
    let json =
      #"{"snapshot_version": 1, "as_of": "2026-11-20T10:00:00Z", "contract": {"id": "ct-1", "kind": "fixed_price", "status": "active"},"tasks": [{"title": "A", "status": "open"}]}"#
    let rules = Fixtures.stepsAndRules(
      "  - {id: r, step: a, severity: warning, title: T, when: 'true', message: M, at: 'tasks[0].title'}")
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let snapshot = try SnapshotLoader.load(Array(json.utf8), file: "s.json")
    let found = try #require(Engine(ruleSet: set).check(snapshot).steps[0].findings.first)
    #expect(found.locations.map { "\($0.location)" } == ["s.json:1:139"])
    #expect(found.locations.map(\.path) == ["tasks[0].title"])
  }

  @Test func wordsThatAreNotTextsAreARuleError() throws {
    let rules = Fixtures.stepsAndRules(
      "  - {id: r, step: a, severity: warning, title: T, when: 'true', message: M, at: {in: contract, words: '[1]'}}"
    )
    let set = try Fixtures.ruleSet([("r.yaml", rules)])
    let checklist = Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
    #expect(
      checklist.errors.map(\.message).contains {
        $0.contains("the words of 'at' must be strings, but one is int")
      })
  }

  @Test func atIsCheckedWhenRulesLoad() {
    let problems = Fixtures.loadProblems([
      (
        "r.yaml",
        Fixtures.stepsAndRules(
          "  - {id: r, step: a, severity: advice, title: T, when: 'true', message: M, at: \"tasks.fliter(t, true)\"}"
        )
      ),
      (
        "s.yaml",
        Fixtures.stepsAndRules(
          "  - {id: s, step: a, severity: advice, title: T, when: 'true', message: M, at: {words: 'x'}}")
      ),
      (
        "u.yaml",
        Fixtures.stepsAndRules(
          "  - {id: u, step: a, severity: advice, title: T, when: 'true', message: M, at: {in: tasks, word: 'x'}}"
        )
      ),
    ])
    #expect(problems.contains { $0.contains("fliter") }, "\(problems)")
    #expect(problems.contains { $0.contains("'in'") })
    #expect(problems.contains { $0.contains("unknown key 'word' in a rule's 'at'") })
  }
}
