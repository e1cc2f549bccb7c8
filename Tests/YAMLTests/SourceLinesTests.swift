import Testing

@testable import YAML

/// Lines found once per source, and quotes cut to a window around the column.
@Suite struct SourceLinesTests {
  @Test(arguments: [
    "a\nb\nc", "a\r\nb\r\nc", "a\rb\rc", "a\u{85}b\u{85}c", "a\u{2028}b\u{2029}c", "\u{FEFF}a\nb\nc",
  ])
  func splitsWhereLibYAMLDoes(_ text: String) {
    let lines = SourceLines(text)
    #expect(lines.count == 3)
    #expect((1...3).map { lines.line($0) } == ["a", "b", "c"])
    #expect(lines.line(0) == nil)
    #expect(lines.line(4) == nil)
  }

  @Test func aFinalBreakLeavesAnEmptyLastLine() {
    let lines = SourceLines("abc\n")
    #expect(lines.count == 2)
    #expect(lines.line(2) == "")
  }

  @Test func shortLinesAreQuotedWhole() throws {
    let quote = try #require(SourceLines("key: value").quote(line: 1, column: 6))
    #expect(quote.line == "key: value")
    #expect(quote.caret == "     ^")
  }

  @Test func longLinesAreCutAroundTheColumn() throws {
    let line = String(repeating: "abcdefghij", count: 1_000)
    let quote = try #require(SourceLines(line).quote(line: 1, column: 5_001, width: 20))
    #expect(quote.line == "…" + "abcdefghijabcdefghij" + "…")
    #expect(quote.caret == String(repeating: " ", count: 11) + "^")
  }

  @Test func theStartAndTheEndOfALongLineAreCutOnOneSideOnly() throws {
    let line = String(repeating: "0123456789", count: 10)
    let start = try #require(SourceLines(line).quote(line: 1, column: 3, width: 10))
    #expect(start.line == "0123456789…")
    #expect(start.caret == "  ^")
    let end = try #require(SourceLines(line).quote(line: 1, column: 101, width: 10))
    #expect(end.line == "…0123456789")
    #expect(end.caret == String(repeating: " ", count: 11) + "^")
  }

  @Test func aColumnPastTheEndStandsJustAfterTheLine() throws {
    let quote = try #require(SourceLines("ab\ncd").quote(line: 1, column: 40))
    #expect(quote.line == "ab")
    #expect(quote.caret == "  ^")
  }

  @Test func escapesWidenTheCaretPadding() throws {
    let quote = try #require(
      SourceLines("a\u{1B}b: x").quote(line: 1, column: 3) { $0 == "\u{1B}" ? "\\e" : nil })
    #expect(quote.line == "a\\eb: x")
    #expect(quote.caret == "   ^")
  }

  @Test func theRendererQuotesAWindowOfALongLine() throws {
    let source = "k: [" + (0..<2_000).map(String.init).joined(separator: ", ") + ", *nope]"
    let error = try #require(readError(source))
    let rendered = error.rendered(source: source)
    let lines = rendered.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("*nope]"))
    #expect(lines[1].unicodeScalars.count <= SourceLines.quoteWidth + 1)
    #expect(lines[2].count == lines[1].count - "nope]".count)
  }
}
