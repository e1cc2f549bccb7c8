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
    ("crlf\r\n", "crlf\\u{D}\n"),
    ("next line\u{85}", "next line\\u{85}"),
    ("not C1: \u{A0} © « ÿ — ✓ 日本 😀", "not C1: \u{A0} © « ÿ — ✓ 日本 😀"),
    ("e\u{301}\u{1B}\u{301}", "e\u{301}\\u{1B}\u{301}"),
  ])
  func escapesControlCharacters(input: String, expected: String) {
    #expect(TerminalText.sanitized(input) == expected)
  }

  @Test func findsControlCharactersOnBytesAsOnScalars() {
    let pieces = [
      "a", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "Ā", "✓", "😀",
    ]
    for first in pieces {
      for second in pieces {
        let text = "x" + first + second
        let expected = text.unicodeScalars.contains { scalar in
          (scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A)
            || (0x7F...0x9F).contains(scalar.value)
        }
        #expect(TerminalText.hasControl(text) == expected, "\(Array(text.unicodeScalars))")
      }
    }
  }
}
