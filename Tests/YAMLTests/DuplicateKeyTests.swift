import Testing

@testable import YAML

/// Duplicate keys are errors that name both places; keys compare by resolved value.
@Suite struct DuplicateKeyTests {
  @Test func bothPlacesAreNamed() throws {
    let source = "id: 1\nname: x\nid: 2\n"
    let error = try #require(readError(source))
    #expect(error.kind == .duplicateKey)
    #expect(error.mark == mark(3, 1, 14))
    #expect(error.relatedMark == mark(1, 1, 0))
    #expect(error.message == "duplicate key 'id' (first defined at line 1, column 1)")
    #expect(
      error.rendered(source: source) == """
        test.yaml:3:1: error: duplicate key 'id' (first defined at line 1, column 1)
        id: 2
        ^
        test.yaml:1:1: note: 'id' first defined here
        id: 1
        ^
        """)
  }

  static let duplicates: [(String, String)] = [
    ("a: 1\n\"a\": 2\n", "duplicate key 'a' (first defined at line 1, column 1)"),
    ("'a': 1\na: 2\n", "duplicate key 'a' (first defined at line 1, column 1)"),
    ("1: x\n01: y\n", "duplicate key '01' (first defined at line 1, column 1)"),
    ("0x1F: a\n31: b\n", "duplicate key '31' (first defined at line 1, column 1)"),
    ("null: a\n~: b\n", "duplicate key '~' (first defined at line 1, column 1)"),
    ("true: a\nTrue: b\n", "duplicate key 'True' (first defined at line 1, column 1)"),
    (".nan: a\n.NaN: b\n", "duplicate key '.NaN' (first defined at line 1, column 1)"),
    ("0.0: a\n-0.0: b\n", "duplicate key '-0.0' (first defined at line 1, column 1)"),
    ("\"\": a\n'': b\n", "duplicate key '' (first defined at line 1, column 1)"),
    ("{a: 1, b: 2, a: 3}", "duplicate key 'a' (first defined at line 1, column 2)"),
    ("x: |\n  a\ny: 1\nx: 2\n", "duplicate key 'x' (first defined at line 1, column 1)"),
    // Keys of one length, first and last character share the bit that usually spares a search.
    ("abc: 1\nadc: 2\nabc: 3\n", "duplicate key 'abc' (first defined at line 1, column 1)"),
  ]

  @Test(arguments: duplicates)
  func sameResolvedValueIsTheSameKey(source: String, message: String) throws {
    let error = try #require(readError(source), "\(source)")
    #expect(error.kind == .duplicateKey)
    #expect(error.message == message)
  }

  /// Keys that YAML tells apart by type but that have the same text, which is how snapshots and
  /// rules key their mappings: the later one would silently win, so it is a duplicate.
  static let sameTexts: [(String, String, Mark, Mark)] = [
    (
      "1: x\n\"1\": y\n",
      "duplicate key '1' (first defined at line 1, column 1 as an int, here as a string; "
        + "keys with the same text are the same key)", mark(2, 1, 5), mark(1, 1, 0)
    ),
    (
      "'true': a\ntrue: b\n",
      "duplicate key 'true' (first defined at line 1, column 1 as a string, here as a bool; "
        + "keys with the same text are the same key)", mark(2, 1, 10), mark(1, 1, 0)
    ),
    (
      "{a: 0, null: 1, b: 2, 'null': 3}",
      "duplicate key 'null' (first defined at line 1, column 8 as null, "
        + "here as a string; keys with the same text are the same key)", mark(1, 23, 22), mark(1, 8, 7)
    ),
    (
      (0..<40).map { "k\($0): \($0)\n" }.joined() + "7: int\nz8: x\n\"7\": string\n",
      "duplicate key '7' (first defined at line 41, column 1 as an int, here as a string; keys with the same "
        + "text are the same key)", mark(43, 1, 313), mark(41, 1, 300)
    ),
  ]

  @Test(arguments: sameTexts)
  func keysWithTheSameTextAreTheSameKey(source: String, message: String, at: Mark, first: Mark) throws {
    let error = try #require(readError(source), "\(source)")
    #expect(error.kind == .duplicateKey)
    #expect(error.message == message)
    #expect(error.mark == at)
    #expect(error.relatedMark == first)
    #expect(error.relatedNote?.hasSuffix("first defined here") == true)
  }

  @Test func keysWithTheSameTextAreTheSameKeyInANodeTreeToo() throws {
    #expect(throws: YAMLError.self) { try parse("true: a\n\"true\": b\n") }
  }

  @Test(arguments: [
    "1: a\n1.0: b\n", "\u{E9}: a\ne\u{301}: b\n", "1: a\n'01': b\n", "~: a\n'null': b\n",
    "a: {x: 1}\nb: {x: 2}\n", "- {k: 1}\n- {k: 2}\n", "A: 1\na: 2\n", "abc: 1\nadc: 2\n",
  ])
  func differentResolvedValuesAreDifferentKeys(source: String) throws {
    #expect(readError(source) == nil, "\(source)")
  }

  @Test func largeMappingsUseTheIndex() throws {
    var source = (0..<40).map { "key\($0): \($0)\n" }.joined()
    #expect(try parse(source).mapping?.count == 40)
    source += "key17: again\n"
    let error = try #require(readError(source))
    #expect(error.message == "duplicate key 'key17' (first defined at line 18, column 1)")
    #expect(error.mark.line == 41)
  }

  /// Keys with a tag or an anchor, and aliases used as keys, reach the key stack another way than
  /// plain keys; either is checked against the keys before it, in a mapping searched linearly or
  /// through its index (past 32 keys).
  @Test(arguments: [0, 30, 31, 40])
  func keysWithPropertiesAreCheckedLikeOtherKeys(between: Int) throws {
    let filler = (0..<between).map { "key\($0): \($0)\n" }.joined()
    for source in [
      "&k id: 1\n\(filler)*k : 2\n", "id: 1\n\(filler)!!str id: 2\n", "!!str id: 1\n\(filler)id: 2\n",
      "'id': 1\n\(filler)&a id: 2\n",
    ] {
      let error = try #require(readError(source), "\(source)")
      #expect(error.message == "duplicate key 'id' (first defined at line 1, column 1)", "\(source)")
      #expect(error.mark.line == between + 2, "\(source)")
    }
    #expect(readError("&k id: 1\n\(filler)other: *k\n") == nil)
  }

  @Test func longAndMultiLineKeysAreShortenedInMessages() throws {
    let key = String(repeating: "k", count: 50)
    let error = try #require(readError("\(key): 1\n\(key): 2\n"))
    #expect(
      error.message
        == "duplicate key '\(String(repeating: "k", count: 40))...' (first defined at line 1, column 1)")
    let multiLine = try #require(readError("\"a\\nb\": 1\n\"a\\nb\": 2\n"))
    #expect(multiLine.message == "duplicate key 'a\\nb' (first defined at line 1, column 1)")
  }
}
