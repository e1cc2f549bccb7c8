import Testing

@testable import YAML

/// The compiler-style renderer, asserted verbatim.
@Suite struct RendererTests {
  @Test func caretUnderTheColumn() throws {
    let source = "a: 1\n b: 2\n"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:2:3: error: mapping values are not allowed in this context
         b: 2
          ^
        """)
  }

  @Test func tabsBeforeTheColumnAreKept() throws {
    let source = "[1,\t2,\t*nope]\n"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:1:8: error: undefined alias '*nope' (an alias must follow the whole node its anchor names)
        [1,\t2,\t*nope]
           \t  \t^
        """)
  }

  @Test func relatedMarksRenderAsNotes() throws {
    let source = "{\n\t\"a\": 1,\n\t\"a\": 2\n}\n"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:3:2: error: duplicate key 'a' (first defined at line 2, column 2)
        \t"a": 2
        \t^
        test.yaml:2:2: note: 'a' first defined here
        \t"a": 1,
        \t^
        """)
  }

  @Test func syntaxContextRendersAsANote() throws {
    let source = "key: [1, 2\nnext: 3\n"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:2:5: error: while parsing a flow sequence: did not find expected ',' or ']'
        next: 3
            ^
        test.yaml:1:6: note: the flow sequence started here
        key: [1, 2
             ^
        """)
  }

  @Test func caretPastTheEndOfTheLine() throws {
    let source = "a: \"open"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:1:9: error: while scanning a quoted scalar: found unexpected end of stream
        a: "open
                ^
        test.yaml:1:4: note: the quoted scalar started here
        a: "open
           ^
        """)
  }

  @Test func charactersCountOnceAndCRLFIsStripped() throws {
    let source = "\u{FEFF}x: 1\r\né: *nope\r\n"
    let error = try #require(readError(source))
    #expect(
      error.rendered(source: source) == """
        test.yaml:2:4: error: undefined alias '*nope' (an alias must follow the whole node its anchor names)
        é: *nope
           ^
        """)
  }

  @Test func withoutSourceOnlyTheLocationLines() throws {
    let error = try #require(readError("id: 1\nid: 2\n"))
    #expect(
      error.rendered(source: nil) == """
        test.yaml:2:1: error: duplicate key 'id' (first defined at line 1, column 1)
        test.yaml:1:1: note: 'id' first defined here
        """)
    #expect(error.description == error.rendered(source: nil))
  }

  @Test func missingLinesAreSkipped() {
    let error = YAMLError(kind: .builder, file: "f.yaml", mark: mark(9, 1, 40), message: "late")
    #expect(error.rendered(source: "one line") == "f.yaml:9:1: error: late")
  }

  @Test func emptyLastLineStillGetsACaret() {
    let error = YAMLError(kind: .builder, file: "f.yaml", mark: mark(2, 1, 4), message: "at the end")
    #expect(error.rendered(source: "abc\n") == "f.yaml:2:1: error: at the end\n\n^")
  }
}
