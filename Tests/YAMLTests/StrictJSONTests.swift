import Testing

@testable import YAML

/// Reading `as: .json`: RFC 8259 only, each error at the first byte that is not JSON, and the
/// same tree as the fast path for JSON.
@Suite struct StrictJSONTests {
  static func json(_ text: String) throws(YAMLError) -> Node {
    try YAMLReader.parse(text, file: "s.json", as: .json)
  }

  static func json(bytes: [UInt8]) throws(YAMLError) -> Node {
    try YAMLReader.parse(bytes, file: "s.json", as: .json)
  }

  /// The error's first line (`file:line:column: error: message`), or "read".
  static func diagnostic(_ read: () throws(YAMLError) -> Node) -> String {
    do {
      _ = try read()
      return "read"
    } catch {
      return String(error.description.prefix { $0 != "\n" })
    }
  }

  static let errors: [(String, String)] = [
    ("{\"fee\": NaN}", "1:9: error: NaN is not JSON"),
    ("[Infinity]", "1:2: error: Infinity is not JSON"),
    ("[-Infinity]", "1:3: error: Infinity is not JSON"),
    ("[2.e3]", "1:4: error: expected a digit after '.', found 'e'"),
    ("[.5]", "1:2: error: a number may not start with '.'"),
    ("{\n  \"n\": +1\n}", "2:8: error: a number may not start with '+'"),
    ("[-01]", "1:4: error: a number may not have leading zeros"),
    ("[0x10]", "1:3: error: a hexadecimal number is not JSON"),
    ("[1e]", "1:4: error: expected a digit in the exponent, found ']'"),
    ("[-]", "1:3: error: expected a digit after '-', found ']'"),
    ("{'s': 1}", "1:2: error: single quotes are not JSON; strings are in double quotes"),
    ("['s']", "1:2: error: single quotes are not JSON; strings are in double quotes"),
    ("[1 true]", "1:4: error: expected ',' or ']', found 't'"),
    ("{\"a\": 1 \"b\": 2}", "1:9: error: expected ',' or '}', found '\"'"),
    ("[1,]", "1:3: error: a trailing comma before ']' is not JSON"),
    ("{\"a\": 1,\n}", "1:8: error: a trailing comma before '}' is not JSON"),
    ("[1,}", "1:4: error: expected a value, found '}'"),
    ("{\"a\" 1}", "1:6: error: expected ':' after the key, found '1'"),
    ("{a: 1}", "1:2: error: 'a' is not a JSON value (the words are true, false and null)"),
    ("[True]", "1:2: error: 'True' is not a JSON value (the words are true, false and null)"),
    ("[1] // note", "1:5: error: comments are not JSON"),
    ("{\"a\": 1} x", "1:10: error: expected the end of the input, found 'x'"),
    ("", "1:1: error: expected a value, found the end of the input"),
    ("a: 1\n", "1:1: error: 'a' is not a JSON value (the words are true, false and null)"),
    ("[\"a\tb\"]", "1:4: error: control character U+0009 must be escaped in a string"),
    ("[\"\\x\"]", "1:3: error: a backslash before 'x' is not a JSON escape"),
    ("[\"\\u12\"]", "1:3: error: expected four hexadecimal digits after '\\u'"),
    ("[\"é\\ud800\"]", "1:4: error: a lone surrogate escape '\\ud800' is not a character"),
    ("[\"\\uDC00\\uD800\"]", "1:3: error: a lone surrogate escape '\\uDC00' is not a character"),
    ("[\"open", "1:7: error: expected '\"' to close the string, found the end of the input"),
    ("[1,\n  2", "2:4: error: expected ',' or ']', found the end of the input"),
  ]

  @Test(arguments: errors)
  func errorsAreAtTheFirstByteThatIsNotJSON(source: String, expected: String) {
    #expect(Self.diagnostic { () throws(YAMLError) in try Self.json(source) } == "s.json:" + expected)
  }

  static let invalidUTF8: [([UInt8], String)] = [
    (
      Array("[\"a".utf8) + [0xFF] + Array("\"]".utf8),
      "1:4: error: invalid UTF-8: byte 0xFF cannot start a character"
    ),
    (
      Array("{\"é\": \"".utf8) + [0xC3, 0x28, 0x22, 0x7D],
      "1:8: error: invalid UTF-8: byte 0x28 cannot continue a character"
    ),
    (Array("[\"".utf8) + [0xC0, 0xAF, 0x22, 0x5D], "1:3: error: invalid UTF-8: overlong encoding"),
    (
      Array("[\"".utf8) + [0xED, 0xA0, 0x80, 0x22, 0x5D],
      "1:3: error: invalid UTF-8: U+D800 is not a Unicode scalar value"
    ),
    ([0x5B, 0xE9], "1:2: error: invalid UTF-8: the input ends in the middle of a character"),
    ([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00], "1:1: error: invalid UTF-8: byte 0xFF cannot start a character"),
  ]

  @Test(arguments: invalidUTF8)
  func invalidUTF8IsLocated(bytes: [UInt8], expected: String) {
    #expect(Self.diagnostic { () throws(YAMLError) in try Self.json(bytes: bytes) } == "s.json:" + expected)
  }

  @Test func anUnclosedStringNotesItsStart() throws {
    let error = try #require(throws: YAMLError.self) { try Self.json("{\"k\": \"open}") }
    #expect(error.kind == .syntax)
    #expect(
      error.description == """
        s.json:1:13: error: expected '"' to close the string, found the end of the input
        s.json:1:7: note: the string starts here
        """)
  }

  @Test func duplicateKeysNameBothPlaces() throws {
    let error = try #require(throws: YAMLError.self) { try Self.json("{\"id\": 1,\n \"id\": 2}") }
    #expect(error.kind == .duplicateKey)
    #expect(
      error.description == """
        s.json:2:2: error: duplicate key 'id' (first defined at line 1, column 2)
        s.json:1:2: note: 'id' first defined here
        """)
  }

  @Test func theLimitsHold() throws {
    let deep = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
    let error = try #require(throws: YAMLError.self) { try Self.json(deep) }
    #expect(error.description == "s.json:1:129: error: collections are nested more than 128 deep")
    let large = try #require(throws: YAMLError.self) {
      try YAMLReader.parse("[1, 2]", file: "s.json", as: .json, limits: Limits(maxBytes: 4))
    }
    #expect(large.kind == .sizeLimit)
  }

  @Test func validJSONReadsAsOnTheFastPath() throws {
    for source in JSONTests.agreeing + [
      "{\"a\":1,\"b\":[true,null,2.5,\"x\"]}", "[1e400, -0, 12345678901234567890]",
    ] {
      #expect(try Self.json(source) == (try #require(try parseWithJSONReader(source))))
    }
  }

  @Test func anyValueMayBeTheRoot() throws {
    #expect(try Self.json(" \"text\" ").resolved == .string("text"))
    #expect(try Self.json("12").resolved == .int(12))
    #expect(try Self.json("null\n").resolved == .null)
    #expect(try Self.json("false").mark == mark(1, 1, 0))
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let node = try Self.json(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
    #expect(node["a"]?.mark == mark(1, 7, 6))
  }

  /// NEL, LS and PS are characters in JSON, kept as they are and counted in their line.
  @Test func yamlLineBreaksAreCharacters() throws {
    let node = try Self.json("[\"a\u{85}b\u{2028}\", 2]")
    #expect(node[0]?.resolved == .string("a\u{85}b\u{2028}"))
    #expect(node[1]?.mark == mark(1, 10, 9))
  }

  @Test func yamlStaysYAML() throws {
    #expect(try parse("{a: 1, b: [x, 'y'], c: [1, 2,]}")["a"]?.resolved == .int(1))
    #expect(try parse("[NaN, .5, +1]").sequence?.count == 3)
  }
}
