import Testing

@testable import CEL

/// Each RE2 construct `matches` supports, as pattern, text and whether the text matches
/// somewhere (an unanchored search, as CEL's `matches` is).
@Suite("Regex matching")
struct RegexMatchingTests {
  static let literalsAndEscapes: [(String, String, Bool)] = [
    ("ubb", "hubba", true), ("^ubb", "hubba", false), ("", "", true), ("", "abc", true),
    ("a.c", "abc", true), ("a.c", "a\nc", false), ("(?s)a.c", "a\nc", true), ("a\\.c", "abc", false),
    ("a\\.c", "a.c", true), ("\\\\", "a\\b", true), ("\\n", "a\nb", true), ("\\t", "a\tb", true),
    ("\\x41", "A", true), ("\\x{263a}", "☺", true), ("\\x{1F600}", "😀", true), ("\\101", "A", true),
    ("\\0", "\u{0}", true), ("\\Qa.b\\E", "a.b", true), ("\\Qa.b\\E", "axb", false), ("a\\-b", "a-b", true),
    ("é", "café", true), ("^.$", "é", true), ("^.$", "e\u{301}", false), ("😀{2}", "🐱😀😀", true),
    ("a{", "a{", true), ("a{,2}", "a{,2}", true),
  ]

  static let classes: [(String, String, Bool)] = [
    ("^[a-z0-9-]+$", "my-slug-42", true), ("^[a-z0-9-]+$", "My-slug", false), ("[^a-z]", "abc", false),
    ("[^a-z]", "abC", true), ("[]a]", "]", true), ("[^]a]", "]", false), ("[a-]", "-", true),
    ("[-a]", "-", true), ("[a\\]]", "]", true), ("[\\d]", "7", true), ("[\\D]", "7", false),
    ("\\d+", "abc123", true), ("\\d", "٣", false), ("\\D", "7", false), ("\\w", "_", true),
    ("\\w", "é", false),
    ("\\W", "é", true), ("\\s", "a b", true), ("\\s", "\u{B}", false), ("\\S", " ", false),
    ("[[:alpha:]]", "x", true), ("[[:alpha:]]", "1", false), ("[[:^alpha:]]", "1", true),
    ("[[:digit:][:upper:]]", "Q", true), ("[[:punct:]]", "!", true), ("[[:space:]]", "\u{B}", true),
    ("[[:word:]]", "_", true), ("[[:xdigit:]]+$", "c0ffee", true), ("[\\x{263a}-\\x{263c}]", "☻", true),
    ("\\pL", "ж", true), ("\\pL", "1", false), ("\\p{L}", "ж", true), ("\\PL", "ж", false),
    ("\\p{^L}", "ж", false), ("\\P{^L}", "ж", true), ("\\p{Lu}", "Ж", true), ("\\p{Lu}", "ж", false),
    ("\\p{Ll}", "ж", true), ("\\pN", "٣", true), ("\\p{Nd}", "٣", true), ("\\p{Nd}", "Ⅻ", false),
    ("\\pP", "¿", true), ("\\pS", "€", true), ("\\pZ", "\u{A0}", true), ("\\p{Any}", "\n", true),
    ("[\\p{Lu}\\d]", "7", true), ("\\p{Greek}+$", "λόγος", true), ("\\p{Greek}", "logos", false),
    ("\\P{Greek}", "λ", false), ("[\\p{Cyrillic}\\p{Han}]", "漢", true), ("[^\\p{Latin}]", "é", false),
    ("(?i)\\p{Greek}", "Λ", true), ("[^\\pL]", "a", false), ("[\\PL]", "a", false),
  ]

  static let anchorsAndBoundaries: [(String, String, Bool)] = [
    ("^abc$", "abc", true), ("^abc$", "abc\n", false), ("abc$", "x\nabc", true), ("^abc", "x\nabc", false),
    ("(?m)^abc$", "x\nabc\ny", true), ("(?m)^b$", "a\nb", true), ("\\Aabc\\z", "abc", true),
    ("(?m)\\Aabc", "x\nabc", false), ("(?m)abc\\z", "abc\nx", false), ("\\bcat\\b", "a cat!", true),
    ("\\bcat\\b", "concat", false), ("\\Bcat", "concat", true), ("\\bé", "é", false), ("^", "", true),
    ("$", "", true), ("^$", "a", false), ("a^b", "ab", false), ("^*a", "a", true),
  ]

  static let groupsAndRepetition: [(String, String, Bool)] = [
    ("gr(a|e)y", "grey", true), ("gr(?:a|e)y", "gray", true), ("gr(?P<v>a|e)y", "gray", true),
    ("gr(?<v>a|e)y", "gruy", false), ("ba(na)*$", "banana", true), ("^ba(na)+$", "ba", false),
    ("^colou?r$", "color", true), ("^a|b$", "xb", true), ("^(a|b)$", "xb", false), ("a|", "z", true),
    ("^(|a)$", "", true), ("^()$", "", true), ("^a{3}$", "aaa", true), ("^a{3}$", "aa", false),
    ("^a{2,}$", "aaaaa", true), ("^a{2,}$", "a", false), ("^a{1,3}$", "aaa", true),
    ("^a{1,3}$", "aaaa", false),
    ("^a{0}$", "", true), ("^a{0,0}b$", "b", true), ("^(ab){2}$", "abab", true),
    ("^(ab){2,3}$", "ababababab", false),
    ("^(a*)*$", "aaa", true), ("^(a*)+b$", "b", true), ("^(a|ab)(c|bcd)(d*)$", "abcd", true),
    ("^a*?$", "aaa", true), ("^a+?b$", "aab", true), ("^a??b$", "b", true), ("^a{1,2}?$", "aa", true),
    ("(?U)^a+$", "aaa", true), ("^(?:a{2}){2}$", "aaaa", true), ("^(?:){1000}$", "", true),
    ("^\\b*x", "x", true),
  ]

  static let flags: [(String, String, Bool)] = [
    ("(?i)hello", "HeLLo", true), ("(?i:h)ello", "Hello", true), ("(?i:h)ello", "HEllo", false),
    ("(?i)[a-c]+$", "ABC", true), ("(?i)[^a]", "A", false), ("(?i)ж", "Ж", true), ("(?i)Σ", "ς", true),
    ("(?i)k", "\u{212A}", true), ("(?i)\u{212A}", "k", true), ("(?i)\\W", "k", false),
    ("(?i)\\p{Lu}", "a", true),
    ("(?i)é", "É", true), ("(?i)1", "1", true), ("(?im)^B$", "a\nb", true), ("(?i)a(?-i)b", "Ab", true),
    ("(?i)a(?-i)b", "AB", false), ("(?i)a(?-i:b)c", "AbC", true), ("((?i)a)b", "AB", false),
    ("(?s:.)x", "\nx", true), ("(?s-s:.)x", "\nx", false),
  ]

  @Test(arguments: literalsAndEscapes + classes + anchorsAndBoundaries + groupsAndRepetition + flags)
  func matches(_ pattern: String, _ text: String, _ expected: Bool) throws {
    let regex = try RegexPattern(pattern)
    #expect(regex.search(text) == expected, "'\(text)'.matches('\(pattern)')")
  }
}
