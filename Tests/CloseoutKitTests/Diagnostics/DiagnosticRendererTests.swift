import Testing
import YAML

@testable import CloseoutKit

@Suite struct DiagnosticRendererTests {
  private func render(_ source: String, line: Int, column: Int, message: String = "bad") -> String {
    let renderer = DiagnosticRenderer(sources: ["s.yaml": source])
    let location = SourceLocation(file: "s.yaml", line: line, column: column)
    return renderer.render(Diagnostic(at: location, message))
  }

  @Test(arguments: ["a: 1\nb: x\nc: 3\n", "a: 1\r\nb: x\r\nc: 3\r\n", "a: 1\rb: x\rc: 3\r"])
  func quotesTheLineWhateverTheLineEnds(_ source: String) {
    #expect(render(source, line: 2, column: 4) == "s.yaml:2:4: error: bad\n  b: x\n     ^")
  }

  @Test func escapesControlCharactersInMessagesAndHints() {
    let renderer = DiagnosticRenderer(sources: [:])
    let location = SourceLocation(file: "s\u{1B}.yaml", line: 1, column: 1)
    let text = renderer.render(Diagnostic(at: location, "cannot convert '\u{1B}[2J'", hint: "try \u{7}"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(text.contains("\\u{1B}[2J"))
  }
}

@Suite struct DiagnosticRendererQuoteTests {
  @Test func cutsALongLineAroundTheColumn() {
    let line = "tasks: [" + (0..<20_000).map(String.init).joined(separator: ", ") + "]"
    let renderer = DiagnosticRenderer(sources: ["s.yaml": "a: 1\n" + line + "\n"])
    let text = renderer.render(Diagnostic(at: SourceLocation(file: "s.yaml", line: 2, column: 5_000), "bad"))
    let lines = text.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("  …") && lines[1].hasSuffix("…"))
    #expect(lines[1].unicodeScalars.count == 2 + SourceLines.quoteWidth + 2)
    // The caret stands under the 5,000th character of the line.
    let caret = lines[2].count - 1
    #expect(lines[2].hasSuffix("^"))
    #expect(Array(lines[1].unicodeScalars)[caret] == Array(line.unicodeScalars)[4_999])
  }

  @Test func theCaretStaysUnderItsCharacterAfterAnEscape() {
    let renderer = DiagnosticRenderer(sources: ["s.yaml": "id: \u{1B}[31mx\n"])
    let text = renderer.render(Diagnostic(at: SourceLocation(file: "s.yaml", line: 1, column: 10), "bad"))
    #expect(text == "s.yaml:1:10: error: bad\n  id: \\u{1B}[31mx\n                ^")
  }

  @Test func rendersManyDiagnosticsOfAFileInLinearTime() {
    let line = String(repeating: "x", count: 100_000)
    let source = (0..<50).map { _ in line }.joined(separator: "\n")
    let renderer = DiagnosticRenderer(sources: ["s.yaml": source])
    let diagnostics = (1...50).map {
      Diagnostic(at: SourceLocation(file: "s.yaml", line: $0, column: 99_990), "bad")
    }
    let rendered = renderer.render(diagnostics)
    #expect(rendered.count == 50)
    #expect(rendered.allSatisfy { $0.count < 300 })
  }
}

@Suite struct DiagnosticCapTests {
  private func diagnostics(_ count: Int, in file: String) -> [Diagnostic] {
    (1...count).map { Diagnostic(at: SourceLocation(file: file, line: $0, column: 1), "bad \($0)") }
  }

  @Test func keepsTheFirstOfEachFileAndCountsTheRest() {
    let capped = (diagnostics(60, in: "a.yaml") + diagnostics(3, in: "b.yaml")).cappedPerFile()
    #expect(capped.count == Diagnostic.maxPerFile + 1 + 3)
    #expect(capped[Diagnostic.maxPerFile - 1].message == "bad 50")
    #expect(capped[Diagnostic.maxPerFile].summary == "note: … and 10 more errors in a.yaml")
    #expect(capped.last?.message == "bad 3")
  }

  @Test func oneMoreIsSingular() {
    let capped = diagnostics(3, in: "a.yaml").cappedPerFile(2)
    #expect(capped.map(\.message) == ["bad 1", "bad 2", "… and 1 more error in a.yaml"])
  }

  @Test func diagnosticsWithoutAPlaceAreAllKept() {
    let placeless = (0..<60).map { Diagnostic(at: nil, "unreadable \($0)") }
    #expect(placeless.cappedPerFile().count == 60)
  }
}
