import Testing

@testable import CloseoutKit

@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("\u{1B}[2Jclear", "\\u{1B}[2Jclear"),
    ("bell\u{07}", "bell\\u{7}"),
    ("c1\u{9B}31m", "c1\\u{9B}31m"),
    ("del\u{7F}", "del\\u{7F}"),
    ("carriage\rreturn", "carriage\\u{D}return"),
  ])
  func escapesControlCharacters(input: String, expected: String) {
    #expect(TerminalText.sanitized(input) == expected)
  }
}
