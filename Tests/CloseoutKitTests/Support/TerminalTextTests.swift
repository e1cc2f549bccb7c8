import Testing

@testable import CloseoutKit

@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("tab\tand\nline", "tab\tand\\u{A}line"),
    ("forged\n✓ evil.yaml: ready", "forged\\u{A}✓ evil.yaml: ready"),
    ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
    (
      "bidi \u{202E}txt.exe\u{202C} \u{2066}x\u{2069} \u{200F} \u{61C}",
      "bidi \\u{202E}txt.exe\\u{202C} \\u{2066}x\\u{2069} \\u{200F} \\u{61C}"
    ),
    ("\u{1B}[2Jclear", "\\u{1B}[2Jclear"),
    ("bell\u{07}", "bell\\u{7}"),
    ("c1\u{9B}31m", "c1\\u{9B}31m"),
    ("del\u{7F}", "del\\u{7F}"),
    ("carriage\rreturn", "carriage\\u{D}return"),
    ("crlf\r\n", "crlf\\u{D}\\u{A}"),
    ("next line\u{85}", "next line\\u{85}"),
    ("not C1: \u{A0} © « ÿ — ✓ 日本 😀", "not C1: \u{A0} © « ÿ — ✓ 日本 😀"),
    ("e\u{301}\u{1B}\u{301}", "e\u{301}\\u{1B}\u{301}"),
  ])
  func escapesControlCharacters(input: String, expected: String) {
    #expect(TerminalText.sanitized(input) == expected)
  }

  @Test func aCodeBlockKeepsItsLineFeedsAndNothingElse() {
    #expect(
      TerminalText.sanitized("one\ntwo\u{2028}\u{1B}", keepingLineFeeds: true) == "one\ntwo\\u{2028}\\u{1B}")
  }

  @Test func findsControlCharactersOnBytesAsOnScalars() {
    let pieces = [
      "a", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "Ā", "✓", "😀",
      "\u{61C}", "\u{61B}", "\u{200D}", "\u{200E}", "\u{2027}", "\u{2028}", "\u{202E}", "\u{202F}",
      "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{8E}", "€", "Ύ", "\u{38F}", "ڜ",
    ]
    for keepingLineFeeds in [false, true] {
      for first in pieces {
        for second in pieces {
          let text = "x" + first + second
          let expected = text.unicodeScalars.contains {
            TerminalText.isControl($0, keepingLineFeeds: keepingLineFeeds)
          }
          #expect(
            TerminalText.hasControl(text, keepingLineFeeds: keepingLineFeeds) == expected,
            "\(Array(text.unicodeScalars))")
        }
      }
    }
  }
}
