import Testing

@testable import CEL

/// Strings compared and searched by code point, through bounds-checked views of their UTF-8
/// bytes: canonically equivalent texts differ, texts in other storage are equal, and a search
/// from any start stays inside the text.
@Suite("Code point strings")
struct CodePointStringTests {
  /// The same text built at run time, so that it is not the literal's storage.
  static func copy(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

  @Test(arguments: [
    ("", "", true),
    ("status", "status", true),
    ("status", "statuS", false),
    ("a", "ab", false),
    ("\u{E9}", "e\u{301}", false),
    (String(repeating: "long key ", count: 8), String(repeating: "long key ", count: 8), true),
    (String(repeating: "long key ", count: 8), String(repeating: "long kez ", count: 8), false),
    // Long, as many bytes, canonically equivalent (equal to Swift's `==`), written otherwise.
    ("a long text with \u{E9}e\u{301}", "a long text with e\u{301}\u{E9}", false),
    ("a long text with \u{E9}e\u{301}", "a long text with \u{E9}e\u{301}", true),
  ])
  func equality(_ first: String, _ second: String, _ equal: Bool) {
    #expect(first.codePointsEqual(Self.copy(second)) == equal)
    #expect((CodePointString(first) == CodePointString(Self.copy(second))) == equal)
  }

  /// A string compared with itself, its storage shared, is equal however long.
  @Test(arguments: [
    "", "short", String(repeating: "long text ", count: 10), "a long text with e\u{301}\u{E9}",
  ])
  func equalityWithItself(_ text: String) {
    let same = text
    #expect(text.codePointsEqual(same))
  }

  /// Against an ASCII text, `==` with the UTF-8 lengths agreeing is code point equality: texts
  /// canonically equivalent to an ASCII one but written otherwise (the Kelvin sign for K, the
  /// Greek question mark for ';', the Greek varia for '`') are longer, and so apart.
  @Test(arguments: [
    ("Key", "Key", true),
    ("Key", "\u{212A}ey", false),
    ("a;b", "a\u{37E}b", false),
    ("`", "\u{1FEF}", false),
    ("status", "statuS", false),
    ("", "", true),
    ("", "\u{301}", false),
    (String(repeating: "long key ", count: 8), String(repeating: "long key ", count: 8), true),
    (String(repeating: "long key ", count: 8), String(repeating: "long kez ", count: 8), false),
  ])
  func equalityWithAnASCIIText(_ ascii: String, _ other: String, _ equal: Bool) {
    #expect(ascii.isASCII)
    #expect(Self.copy(other).codePointsEqual(ascii: ascii) == equal)
    #expect(Self.copy(other).codePointsEqual(ascii) == equal)
    #expect(FieldName(ascii).isName(Self.copy(other)) == equal)
  }

  @Test func aNonASCIIFieldNameIsComparedByCodePoint() {
    #expect(!FieldName("caf\u{E9}").isASCII)
    #expect(FieldName("caf\u{E9}").isName(Self.copy("caf\u{E9}")))
    #expect(!FieldName("caf\u{E9}").isName("cafe\u{301}"))
  }

  @Test func equalKeysHashAlikeAndEquivalentOnesApart() {
    let keys: Set = [
      CodePointString("caf\u{E9}"), CodePointString(Self.copy("caf\u{E9}")), CodePointString("cafe\u{301}"),
    ]
    #expect(keys.count == 2)
  }

  @Test(arguments: [
    ("hello world", "world", 0, 6 as Int?),
    ("hello world", "o", 5, 7),
    ("hello world", "", 3, 3),
    ("hello world", "", 11, 11),
    ("hello world", "x", 0, nil),
    ("hello", "hello!", 0, nil),
    ("hello", "lo", 4, nil),
    ("hello", "o", 9, nil),
    ("hello", "h", -1, nil),
    ("caf\u{E9}", "e\u{301}", 0, nil),
  ])
  func search(_ haystack: String, _ needle: String, _ start: Int, _ offset: Int?) {
    #expect(Self.copy(haystack).utf8ByteOffset(of: needle, from: start) == offset)
  }
}
