import CEL
import Testing

@testable import CloseoutKit

@Suite struct SnapshotLoaderTests {
  private func problems(_ text: String, file: String = "s.yaml") -> [String] {
    do {
      _ = try SnapshotLoader.load(Array(text.utf8), file: file)
      return []
    } catch {
      return error.diagnostics.map(\.summary)
    }
  }

  @Test func readsYAMLAndCompactJSONAlike() throws {
    let yaml = try Fixtures.snapshot(Fixtures.minimalSnapshot("tasks: [{id: t-1, done: true, hours: 2.5}]"))
    let json = try SnapshotLoader.load(
      Array(
        #"{"snapshot_version":1,"as_of":"2026-11-20T10:00:00Z","contract":{"id":"ct-1","kind":"fixed_price","status":"active"},"tasks":[{"id":"t-1","done":true,"hours":2.5}]}"#
          .utf8), file: "s.json")
    #expect(yaml.contractID == "ct-1")
    #expect(json.contractID == "ct-1")
    guard case .list(let yamlTasks)? = yaml.root["tasks"], case .list(let jsonTasks)? = json.root["tasks"],
      case .map(let yamlTask) = yamlTasks[0], case .map(let jsonTask) = jsonTasks[0]
    else {
      Issue.record("tasks are not lists of maps")
      return
    }
    for key in ["id", "done", "hours"] {
      #expect(yamlTask[key].map(ValueText.display) == jsonTask[key].map(ValueText.display))
    }
    #expect(yaml.root["snapshot_version"].map(ValueText.typeName) == "int")
  }

  /// A `.json` file and an NDJSON line are strict JSON; other names keep reading YAML.
  @Test func jsonFilesAndNDJSONLinesAreStrictJSON() throws {
    #expect(
      problems("{\"snapshot_version\": NaN}", file: "s.json") == ["s.json:1:22: error: NaN is not JSON"])
    #expect(
      problems("{\"snapshot_version\": 1,}", file: "s.json") == [
        "s.json:1:23: error: a trailing comma before '}' is not JSON"
      ])
    #expect(!problems("{\"snapshot_version\": 1,}", file: "s.yaml").contains { $0.contains("JSON") })
    #expect(!problems("{\"snapshot_version\": 1,}", file: "-").contains { $0.contains("JSON") })
    let checker = SnapshotChecker(engine: Engine(ruleSet: try RuleSetLoader.loadDefault()))
    guard
      case .unreadable(let result) = checker.load(
        .line(stream: "s.yaml", number: 3, bytes: Array("[1 2]".utf8)))
    else {
      Issue.record("an NDJSON line that is not JSON was read")
      return
    }
    #expect(result.errors.map(\.summary) == ["s.yaml:3:4: error: expected ',' or ']', found '2'"])
  }

  @Test func yesAndNoStayStrings() throws {
    let snapshot = try Fixtures.snapshot(Fixtures.minimalSnapshot("answer: yes\nflag: on\n"))
    #expect(snapshot.root["answer"].map(ValueText.typeName) == "string")
    #expect(snapshot.root["flag"].map(ValueText.display) == "on")
  }

  @Test(arguments: [
    ("- a\n- b\n", ["s.yaml:1:1: error: a snapshot must be a mapping of sections, not a list"]),
    ("", ["s.yaml:1:1: error: a snapshot must be a mapping of sections, not null"]),
    (
      "as_of: 2026-11-20T10:00:00Z\ncontract: {id: c}\n",
      [
        "s.yaml:1:1: error: the snapshot is missing the required key 'snapshot_version'",
        "s.yaml:2:11: error: 'contract' is missing the required key 'kind'",
        "s.yaml:2:11: error: 'contract' is missing the required key 'status'",
      ]
    ),
    (
      "snapshot_version: 2\nas_of: yesterday\ncontract: []\n",
      [
        "s.yaml:1:19: error: 'snapshot_version' must be 1, not the int 2",
        "s.yaml:2:8: error: 'as_of' must be an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, in the years 1900 to 9000, not the string 'yesterday'",
        "s.yaml:3:11: error: 'contract' must be a mapping, not a list",
      ]
    ),
  ])
  func rejectsSnapshotsWithoutTheRequiredSections(text: String, expected: [String]) {
    #expect(problems(text) == expected)
  }

  @Test func reportsSyntaxErrorsWithTheirPlace() {
    let found = problems("snapshot_version: 1\ncontract: {id: x\n")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("s.yaml:") == true)
  }

  @Test func reportsInvalidUTF8WithoutCrashing() {
    let bytes: [UInt8] = Array("snapshot_version: 1\nas_of: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    do {
      _ = try SnapshotLoader.load(bytes, file: "bad.yaml")
      Issue.record("loaded invalid UTF-8")
    } catch {
      #expect(error.diagnostics.first?.location?.file == "bad.yaml")
    }
  }

  @Test func keysThatDifferOnlyInTypeAreDuplicates() throws {
    let text = Fixtures.minimalSnapshot("extra: {1: int, a: plain, \"1\": string}")
    #expect(throws: SnapshotLoadError.self) { try Fixtures.snapshot(text) }
    do {
      _ = try SnapshotLoader.load(Array(text.utf8), file: "s.yaml")
    } catch {
      let diagnostic = try #require(error.diagnostics.first)
      #expect(diagnostic.message.hasPrefix("duplicate key '1' (first defined at line"))
      #expect(diagnostic.notes.map(\.message) == ["'1' first defined here"])
      #expect(diagnostic.location?.line == diagnostic.notes.first?.location.line)
    }
  }

  @Test func blockScalarsAndLargeMappingsReadAsBefore() throws {
    let fields = (0..<20).map { "f\($0): \($0)" }.joined(separator: ", ")
    let snapshot = try Fixtures.snapshot(
      Fixtures.minimalSnapshot("note: |\n  line one\n  line two\nwide: {\(fields)}"))
    #expect(snapshot.root["note"]?.stringValue == "line one\nline two\n")
    guard case .map(let wide)? = snapshot.root["wide"] else {
      Issue.record("wide is not a map")
      return
    }
    #expect(wide.count == 20)
    #expect(wide["f17"]?.debugText == "17")
    #expect(wide[.string("f3")]?.debugText == "3")
  }

  @Test func aliasesReplayScalarsListsAndMapsIntoTheValues() throws {
    let snapshot = try Fixtures.snapshot(
      Fixtures.minimalSnapshot(
        """
        base: &base {owner: &who Dana Lee, tags: &tags [a, b], nested: {deep: [1, {x: y}]}}
        copy: *base
        people: [*who, *who]
        lists: [*tags, *tags, []]
        long_keys: {a_key_longer_than_fifteen: 1, another_key_longer_than_fifteen: {}}
        """))
    #expect(snapshot.root["copy"]?.debugText == snapshot.root["base"]?.debugText)
    #expect(snapshot.root["people"]?.debugText == "['Dana Lee', 'Dana Lee']")
    #expect(snapshot.root["lists"]?.debugText == "[['a', 'b'], ['a', 'b'], []]")
    guard case .map(let base)? = snapshot.root["base"], case .map(let keys)? = snapshot.root["long_keys"]
    else {
      Issue.record("base or long_keys is not a map")
      return
    }
    #expect(base["nested"]?.debugText == "{'deep': [1, {'x': 'y'}]}")
    #expect(keys[FieldName("a_key_longer_than_fifteen")]?.debugText == "1")
    #expect(keys["another_key_longer_than_fifteen"]?.debugText == "{}")
  }

  @Test func duplicateKeysAreErrorsAtTheirPlace() {
    #expect(problems(Fixtures.minimalSnapshot("extra: {a: 1, b: [x], a: 2}")).count == 1)
  }

  @Test func taggedAndAnchoredScalarsReadAsTheirValuesAlsoAsKeys() throws {
    let snapshot = try Fixtures.snapshot(
      Fixtures.minimalSnapshot(
        """
        typed: {text: !!str 1, number: !!int '8', plain: 0x1F, quoted: '2'}
        named: {first: &n count, *n : 3, again: *n}
        """))
    #expect(snapshot.root["typed"]?.debugText == "{'text': '1', 'number': 8, 'plain': 31, 'quoted': '2'}")
    #expect(snapshot.root["named"]?.debugText == "{'first': 'count', 'count': 3, 'again': 'count'}")
  }

  @Test func duplicateKeysQuoteTheKeyAndBothPlaces() {
    #expect(
      problems(Fixtures.minimalSnapshot("extra:\n  a: &k v\n  b: 1\n  *k : 2\n  'v': 3"))
        .contains { $0.hasSuffix(":8:3: error: duplicate key 'v' (first defined at line 7, column 3)") })
  }
  /// A schema that declares `contract`'s fields, a non-ASCII name, `true` and a long name.
  private static let keySchema = SnapshotSchema(
    root: SchemaNode(
      properties: ["contract", "título", "true", "a_key_longer_than_fifteen"].map {
        SchemaProperty(name: $0, node: SchemaNode())
      } + [
        SchemaProperty(
          name: "tasks",
          node: SchemaNode(itemList: [
            SchemaNode(properties: [SchemaProperty(name: "id", node: SchemaNode())])
          ]))
      ]))

  @Test(arguments: [
    "título: 1\ntitulo: 2\n'true': 3\nm: {true: 4}\n",
    "a_key_longer_than_fifteen: 1\nundeclared: {id: 2}\ntasks: [{id: 3, Id: 4}]\n",
    "contract: {id: c}\n\"contract \": 1\n",
  ])
  func keysReadTheSameWithTheSchemasTexts(extra: String) throws {
    let bytes = Array(("snapshot_version: 1\n" + extra).utf8)
    let withTexts = try SnapshotLoader.load(bytes, file: "s.yaml", schema: Self.keySchema)
    let without = try SnapshotLoader.load(bytes, file: "s.yaml", schema: nil)
    func texts(_ map: MapValue) -> [String] {
      map.entries.map { "\($0.key.debugText): \($0.value.debugText)" }
    }
    // The schema completes the document after what it wrote, with null for the declared keys absent.
    #expect(Array(texts(withTexts.root).prefix(without.root.count)) == texts(without.root))
    #expect(withTexts.root.entries.dropFirst(without.root.count).allSatisfy { $0.value.kind == .null })
  }

  @Test(arguments: [
    "título: 1\n'título': 2\n", "tasks: [{id: 1, \"id\": 2}]\n", "true: 1\nTrue: 2\n", "'true': 3\ntrue: 4\n",
  ])
  func duplicateKeysReadTheSameWithTheSchemasTexts(extra: String) {
    let bytes = Array(("snapshot_version: 1\n" + extra).utf8)
    func summaries(_ schema: SnapshotSchema?) -> [String] {
      do {
        _ = try SnapshotLoader.load(bytes, file: "s.yaml", schema: schema)
        return []
      } catch {
        return error.diagnostics.map(\.summary)
      }
    }
    let expected = summaries(nil)
    #expect(expected.count == 1 && expected[0].contains("duplicate key"))
    #expect(summaries(Self.keySchema) == expected)
  }
}

@Suite struct SnapshotErrorCapTests {
  @Test func aSnapshotWithThousandsOfErrorsReportsFiftyAndACount() throws {
    let schema = try RuleSetLoader.loadDefault().validationSchema
    let text =
      "schema_version: 1\ncontract:\n  id: x\ntasks: ["
      + (0..<20_000).map(String.init).joined(separator: ", ")
      + "]\n"
    do {
      _ = try SnapshotLoader.load(Array(text.utf8), file: "t.yaml", schema: schema)
      Issue.record("loaded")
    } catch {
      #expect(error.diagnostics.count == Diagnostic.maxPerFile + 1)
      // 4 missing keys, more items than the schema's 200, and 20,000 items that are not mappings.
      #expect(error.diagnostics.last?.summary == "note: … and 19955 more errors in t.yaml")
      #expect(error.diagnostics.dropLast().allSatisfy { $0.location != nil })
    }
  }
}
