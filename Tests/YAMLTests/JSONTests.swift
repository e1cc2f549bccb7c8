import Testing

@testable import YAML

/// JSON through the same reader: the fast path, its agreement with libyaml, and the JSON
/// forms libyaml 0.2.5 rejects.
@Suite struct JSONTests {
  @Test func compactJSON() throws {
    let node = try parse(#"{"a":1,"b":[true,null,2.5,"x"]}"#)
    #expect(node["a"]?.resolved == .int(1))
    let items = try #require(node["b"]?.sequence)
    #expect(items.map(\.resolved) == [.bool(true), .null, .double(2.5), .string("x")])
    #expect(items.map(\.scalar?.style) == [.plain, .plain, .plain, .doubleQuoted])
    #expect(node.mapping?.map(\.key.scalar?.style) == [.doubleQuoted, .doubleQuoted])
    #expect(node["b"]?.mark == mark(1, 12, 11))
    #expect(items[3].mark == mark(1, 27, 26))
    #expect(items[3].endMark == mark(1, 30, 29))
    #expect(node.endMark == mark(1, 32, 31))
  }

  @Test func tabsAsWhitespace() throws {
    let node = try parse("{\n\t\"a\":\t1,\n\t\"b\": [1,\t2]\n}\n")
    #expect(node["a"]?.resolved == .int(1))
    #expect(node[path: ["b", 1]]?.mark == mark(3, 11, 21))
    #expect(node.mapping?[1].key.mark == mark(3, 2, 12))
  }

  @Test(arguments: ["\t{\"a\": 1}", "{\"a\": 1}\n\t\n", " \t\r\n\t[\"a\", 1]\t\r\n"])
  func tabsLibYAMLRejects(source: String) throws {
    #expect(throws: YAMLError.self) { try parseWithLibYAML(source) }
    let node = try parse(source)
    #expect(node.mapping?.count == 1 || node.sequence?.count == 2)
  }

  @Test func nestedArrays() throws {
    let node = try parse("[[1,[2,[3,[]]]],[],{}]")
    #expect(node[path: [0, 0]]?.resolved == .int(1))
    #expect(node[path: [0, 1, 1, 0]]?.resolved == .int(3))
    #expect(node[path: [0, 1, 1, 1]]?.sequence?.isEmpty == true)
    #expect(node[path: [1]]?.sequence?.isEmpty == true)
    #expect(node[path: [2]]?.mapping?.isEmpty == true)
    #expect(node[path: [0, 1, 1]]?.mark == mark(1, 8, 7))
  }

  static let escapes: [(String, String)] = [
    (#""\u00e9""#, "é"),
    (#""\ud83d\ude00""#, "😀"),
    (#""\uD83D\uDE00 and \u00E9""#, "😀 and é"),
    (#""\u0041\/\n\t\"\\\b\f\r""#, "A/\n\t\"\\\u{8}\u{C}\r"),
    (#""\u0000""#, "\u{0}"),
    (#""Zoë 日本""#, "Zoë 日本"),
  ]

  @Test(arguments: escapes)
  func unicodeEscapes(json: String, expected: String) throws {
    let node = try parse("[\(json), 1]")
    #expect(node[0]?.resolved == .string(expected))
    #expect(node[0]?.scalar?.style == .doubleQuoted)
  }

  @Test func surrogatePairsAreRejectedByLibYAMLButReadHere() throws {
    let source = #"{"smile": "\ud83d\ude00", "next": 1}"#
    #expect(throws: YAMLError.self) { try parseWithLibYAML(source) }
    let node = try parse(source)
    #expect(node["smile"]?.string == "😀")
    #expect(node["next"]?.mark == mark(1, 35, 34))
  }

  @Test func nonASCIIShiftsColumnsByCharacters() throws {
    let node = try parse(#"{"name":"Zoë 日本","n":1}"#)
    #expect(node["n"]?.mark == mark(1, 22, 21))
  }

  @Test func loneSurrogateIsLibYAMLsError() throws {
    let error = try #require(readError(#"{"a": "\ud800"}"#))
    #expect(error.kind == .syntax)
    #expect(
      error.description == """
        test.yaml:1:10: error: while parsing a quoted scalar: found invalid Unicode character escape code
        test.yaml:1:7: note: the quoted scalar started here
        """)
  }

  @Test func keyAndColonOnDifferentLines() throws {
    #expect(throws: YAMLError.self) { try parseWithLibYAML("{\"a\"\n  : 1}") }
    let node = try parse("{\"a\"\n  : 1}")
    #expect(node["a"]?.resolved == .int(1))
    #expect(node["a"]?.mark == mark(2, 5, 9))
  }

  @Test func keysLongerThanLibYAMLsSimpleKeyLimit() throws {
    let key = String(repeating: "k", count: 1500)
    #expect(throws: YAMLError.self) { try parseWithLibYAML("{\"\(key)\": 1}") }
    let node = try parse("{\"\(key)\": 1}")
    #expect(node[key]?.resolved == .int(1))
  }

  @Test(arguments: [
    ("-0", ResolvedScalar.int(0)), ("1e400", .double(.infinity)), ("-1.5E+3", .double(-1500)),
    ("12345678901234567890", .double(12_345_678_901_234_567_168)), ("0.000001", .double(0.000001)),
  ])
  func numbersResolveByTheCoreSchema(json: String, expected: ResolvedScalar) throws {
    #expect(try parse("[\(json)]")[0]?.resolved == expected)
  }

  @Test func byteOrderMarkAndEmptyRoots() throws {
    let node = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8))
    #expect(node.mark == mark(1, 1, 0))
    #expect(node["a"]?.mark == mark(1, 6, 5))
    #expect(try parse("{}").mapping?.isEmpty == true)
    #expect(try parse(" [ ] ").sequence?.isEmpty == true)
  }

  @Test func duplicateKeysInJSON() throws {
    let error = try #require(readError("{\"id\": 1,\n \"id\": 2}"))
    #expect(error.kind == .duplicateKey)
    #expect(
      error.description == """
        test.yaml:2:2: error: duplicate key 'id' (first defined at line 1, column 2)
        test.yaml:1:2: note: 'id' first defined here
        """)
  }

  /// JSON that libyaml also reads must give identical trees (values, styles, marks) on both
  /// paths.
  static let agreeing = [
    #"{"a":1,"b":[true,null,2.5,"x"]}"#,
    "{\n  \"contract\": {\n    \"id\": \"C-1\",\n    \"total\": 12500.5,\n    \"tasks\": [\n      {\"id\": \"T1\", \"done\": false},\n      {\"id\": \"T2\", \"tags\": []}\n    ]\n  }\n}\n",
    "[1, -2, 3.5e2, \"é\", {\"k\": [null, {}]}]",
    "{\r\n\t\"crlf\": [1,\t2],\r\n\t\"text\": \"a\\\"b\\\\c\\u00e9\"\r\n}",
    "  [ ]  ",
    "{\"Zoë\": \"日本語\", \"after\": [\"😀\", 0]}",
  ]

  @Test(arguments: agreeing)
  func fastPathAgreesWithLibYAML(source: String) throws {
    let fast = try #require(try parseWithJSONReader(source))
    #expect(fast == (try parseWithLibYAML(source)))
  }

  /// libyaml takes NEL, LS and PS for line breaks (YAML 1.1): it counts lines at them and folds
  /// NEL into a space, so the fast path leaves strings with them to libyaml. Found by fuzzing
  /// (`scripts/fuzz.sh json`): `["\u{2028}"]` ended at 1:5 on the fast path and 2:2 in libyaml.
  @Test(arguments: ["[\"\u{2028}\"]", "{\"k\": \"x\u{2029}y\", \"n\": 1}", "[\"a \u{85}b\", 2]"])
  func yamlLineBreaksInAStringAreLibYAMLs(source: String) throws {
    #expect(try parseWithJSONReader(source) == nil)
    #expect(try parse(source) == (try parseWithLibYAML(source)))
  }

  @Test(arguments: [
    "{a: 1, b: [x, y]}", "[1, 2] # comment", "[1, 2,]", "{\"a\": 1}\n---\n{}", "[0x1F]", "[ 'single' ]",
    "{\"a\": 1} trailing", "[\"tab\tinside\"]", "[01]", "{\"a\" : .5}", "[1 2]",
  ])
  func nonJSONFallsBackToLibYAML(source: String) throws {
    #expect(try parseWithJSONReader(source) == nil)
  }

  @Test func yamlFlowDocumentsStillRead() throws {
    let node = try parse("{a: 1, b: [x, 'y'], c: [1, 2,]}  # flow YAML, not JSON\n")
    #expect(node["a"]?.resolved == .int(1))
    #expect(node[path: ["b", 1]]?.scalar?.style == .singleQuoted)
    #expect(node["c"]?.sequence?.count == 2)
  }

  @Test func invalidUTF8InAJSONStringIsLibYAMLsError() throws {
    let error = try #require(readError(bytes: Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)))
    #expect(error.kind == .invalidUTF8)
    #expect(error.mark == mark(1, 8, 7))
  }
}
