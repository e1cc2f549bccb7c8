import Testing

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
