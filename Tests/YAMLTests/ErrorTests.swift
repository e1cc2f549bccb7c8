import Testing

@testable import YAML

/// Syntax errors in libyaml's words, invalid UTF-8, complex keys, documents and empty input.
@Suite struct ErrorTests {
  static let syntaxErrors: [(String, String)] = [
    ("a: 1\n b: 2\n", "test.yaml:2:3: error: mapping values are not allowed in this context"),
    ("a: b: c\n", "test.yaml:1:5: error: mapping values are not allowed in this context"),
    (
      "key: [1, 2\nnext: 3\n",
      "test.yaml:2:5: error: while parsing a flow sequence: did not find expected ',' or ']'\n"
        + "test.yaml:1:6: note: the flow sequence started here"
    ),
    (
      "a: \"unterminated\n",
      "test.yaml:2:1: error: while scanning a quoted scalar: found unexpected end of stream\n"
        + "test.yaml:1:4: note: the quoted scalar started here"
    ),
    (
      "- a\nb: 1\n",
      "test.yaml:2:1: error: while parsing a block collection: did not find expected '-' indicator\n"
        + "test.yaml:1:1: note: the block collection started here"
    ),
    (
      "a: 'x' y\n",
      "test.yaml:1:8: error: while parsing a block mapping: did not find expected key\n"
        + "test.yaml:1:1: note: the block mapping started here"
    ),
    (
      "\tkey: 1\n",
      "test.yaml:1:1: error: while scanning for the next token: found character that cannot start any token"
    ),
    (
      "a: @b\n",
      "test.yaml:1:4: error: while scanning for the next token: found character that cannot start any token"
    ),
    ("[1, 2]]\n", "test.yaml:1:7: error: did not find expected <document start>"),
    (
      "a: *\n",
      "test.yaml:1:5: error: while scanning an alias: did not find expected alphabetic or numeric character\n"
        + "test.yaml:1:4: note: the alias started here"
    ),
    ("%YAML 1.3\n---\na\n", "test.yaml:1:1: error: found incompatible YAML document"),
  ]

  /// Inputs cut off without a final line break: libyaml points past the last line, the error
  /// points just after the last character, on a line that exists, and quotes it.
  static let errorsAtTheEnd: [(String, String)] = [
    (
      "a: 1\nb: [1, 2",
      "test.yaml:2:9: error: while parsing a flow sequence: did not find expected ',' or ']'\n"
        + "b: [1, 2\n        ^\n"
        + "test.yaml:2:4: note: the flow sequence started here\nb: [1, 2\n   ^"
    ),
    (
      "a: {b: 1",
      "test.yaml:1:9: error: while parsing a flow mapping: did not find expected ',' or '}'\n"
        + "a: {b: 1\n        ^\n"
        + "test.yaml:1:4: note: the flow mapping started here\na: {b: 1\n   ^"
    ),
    (
      "a:\n  b: [",
      "test.yaml:2:7: error: while parsing a flow node: did not find expected node content\n  b: [\n      ^"
    ),
    (
      "[1, 2",
      "test.yaml:1:6: error: while parsing a flow sequence: did not find expected ',' or ']'\n[1, 2\n     ^"
        + "\ntest.yaml:1:1: note: the flow sequence started here\n[1, 2\n^"
    ),
  ]

  @Test(arguments: errorsAtTheEnd)
  func errorsAtTheEndOfAnInputWithoutAFinalBreakStayOnItsLastLine(source: String, expected: String) throws {
    let error = try #require(readError(source))
    #expect(error.rendered(source: source) == expected)
  }

  @Test(arguments: syntaxErrors)
  func syntaxErrorsUseLibYAMLsProblemAndContext(source: String, expected: String) throws {
    let error = try #require(readError(source))
    #expect(error.kind == .syntax)
    #expect(error.description == expected)
  }

  static let invalidUTF8: [([UInt8], String)] = [
    (
      Array("a: ".utf8) + [0xC3, 0x28],
      "test.yaml:1:4: error: invalid UTF-8: byte 0x28 cannot continue a character"
    ),
    (
      Array("a: b\nc: ".utf8) + [0xFF],
      "test.yaml:2:4: error: invalid UTF-8: byte 0xFF cannot start a character"
    ),
    ([0xFF], "test.yaml:1:1: error: invalid UTF-8: byte 0xFF cannot start a character"),
    (
      Array("a: ".utf8) + [0xE2, 0x82],
      "test.yaml:1:4: error: invalid UTF-8: the input ends in the middle of a character"
    ),
    (Array("a: ".utf8) + [0xC0, 0xAF], "test.yaml:1:4: error: invalid UTF-8: overlong encoding"),
    (
      Array("a: ".utf8) + [0xED, 0xA0, 0x80],
      "test.yaml:1:4: error: invalid UTF-8: U+D800 is not a Unicode scalar value"
    ),
    (
      Array("é: ü\nk: ".utf8) + [0xF8, 0x88],
      "test.yaml:2:4: error: invalid UTF-8: byte 0xF8 cannot start a character"
    ),
    (
      [0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xFF],
      "test.yaml:1:4: error: invalid UTF-8: byte 0xFF cannot start a character"
    ),
    ([0xFF, 0xFE, 0x61, 0x00], "test.yaml:1:1: error: invalid UTF-8: byte 0xFF cannot start a character"),
  ]

  @Test(arguments: invalidUTF8)
  func invalidUTF8IsALocatedError(bytes: [UInt8], expected: String) throws {
    let error = try #require(readError(bytes: bytes))
    #expect(error.kind == .invalidUTF8)
    #expect(error.description == expected)
  }

  @Test func nonPrintableCharacters() throws {
    let error = try #require(readError("a: b\u{1}"))
    #expect(error.kind == .syntax)
    #expect(error.description == "test.yaml:1:5: error: non-printable character U+0001 is not allowed")
  }

  @Test(arguments: [
    ("a: 1\n---\nb: 2\n", mark(2, 1, 5)),
    ("--- a\n--- b\n", mark(2, 1, 6)),
    ("a\n...\n---\nb\n", mark(3, 1, 6)),
    ("---\n---\n", mark(2, 1, 4)),
  ])
  func aSecondDocumentIsAnError(source: String, at expected: Mark) throws {
    let error = try #require(readError(source))
    #expect(error.kind == .multipleDocuments)
    #expect(error.mark == expected)
    #expect(error.message == "expected a single document, found a second one")
  }

  @Test(arguments: ["", "# only a comment\n", "\n\n  \n", "\u{FEFF}"])
  func emptyInputIsNullAtTheStart(source: String) throws {
    let node = try parse(source)
    #expect(node.isNull)
    #expect(node.mark == .start)
    #expect(node.endMark == .start)
  }

  @Test func explicitEmptyDocumentIsNull() throws {
    let node = try parse("---\n")
    #expect(node.isNull)
    #expect(node.mark == mark(2, 1, 4))
  }

  @Test(arguments: [
    ("? [a]\n: 1\n", mark(1, 3, 2)), ("{[a]: 1}", mark(1, 2, 1)), ("? {a: b}\n: c\n", mark(1, 3, 2)),
    ("x:\n  ? - a\n  : 1\n", mark(2, 5, 7)),
  ])
  func complexKeysAreRejected(source: String, at expected: Mark) throws {
    let error = try #require(readError(source))
    #expect(error.kind == .complexKey)
    #expect(error.mark == expected)
    #expect(error.message == "complex mapping keys are not supported")
  }

  @Test func explicitScalarKeysAreFine() throws {
    let node = try parse("? a\n: 1\n")
    #expect(node["a"]?.resolved == .int(1))
  }

  @Test func builderErrorsGetTheFileName() throws {
    struct Rejecting: YAMLTreeBuilder {
      func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Int {
        throw YAMLError(kind: .builder, file: "", mark: info.mark, message: "no scalars here")
      }
      func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { items.count }
      func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int { entries.count }
    }
    var builder = Rejecting()
    #expect(
      throws: YAMLError(kind: .builder, file: "b.yaml", mark: mark(1, 2, 1), message: "no scalars here")
    ) {
      try YAMLReader.compose(Array("[1]".utf8), file: "b.yaml", into: &builder)
    }
  }
}
