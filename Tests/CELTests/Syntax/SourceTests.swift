import CEL
import Testing

@Suite struct SourceTests {
  // a \n b c \r \n d \r e
  // 0 1  2 3 4  5  6 7  8
  static let source = Source("a\nbc\r\nd\re")

  @Test(arguments: [
    (0, 1, 1), (1, 1, 2), (2, 2, 1), (3, 2, 2), (4, 2, 3), (5, 2, 4), (6, 3, 1), (7, 3, 2), (8, 4, 1),
    (9, 4, 2), (-1, 1, 1), (100, 4, 2),
  ])
  func location(_ example: (offset: Int, line: Int, column: Int)) {
    #expect(
      Self.source.location(of: example.offset) == SourceLocation(line: example.line, column: example.column))
  }

  @Test func lines() {
    #expect(Self.source.line(1) == "a")
    #expect(Self.source.line(2) == "bc")
    #expect(Self.source.line(3) == "d")
    #expect(Self.source.line(4) == "e")
    #expect(Self.source.line(0) == nil)
    #expect(Self.source.line(5) == nil)
    #expect(Source("").line(1) == "")
    #expect(Source("a\n").line(2) == "")
  }

  @Test func columnsCountUnicodeScalars() {
    let source = Source("'é🐱' +\n  x")
    #expect(source.count == 10)
    #expect(source.location(of: 9) == SourceLocation(line: 2, column: 3))
    #expect(source.location(of: 5).description == "1:6")
  }

  @Test func errorsInMultiLineExpressionsMapToLineAndColumn() throws {
    let text = "a &&\n  b +\n  )"
    let errors = syntaxErrors(text)
    let error = try #require(errors.first)
    #expect(error.message == "unexpected ')'")
    #expect(Source(text).location(of: error.offset) == SourceLocation(line: 3, column: 3))
  }
}
