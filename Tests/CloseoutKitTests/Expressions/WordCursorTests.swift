import CEL
import Testing

@testable import CloseoutKit

@Suite struct WordCursorTests {
  static let texts = [
    "Hello, world!",
    "The client's brief was 'great'",
    "Don’t STOP’ ’now",
    "a ' b '' c ’ d",
    "'' ’’ ''",
    "x''y ''z'' w’’",
    "version 2.5 on 3 phones",
    "Ünïcode FAÇADE İstanbul ΣΊΣΥΦΟΣ straße",
    "e\u{301}te\u{301} \u{301}accent",
    "日本語のテキスト、and more",
    "tab\tnew\nline",
    "",
  ]

  /// Each word's hash is the `FNV1a` hash of its lower-cased bytes, and the word as written, split
  /// again, is that one word.
  @Test(arguments: texts)
  func hashesTheLowercasedWordsItReads(text: String) {
    let utf8 = text.utf8.span
    let written = WordCursor.writtenWords(text)
    let lowercased = WordCursor.lowercasedWords(text)
    #expect(written.count == lowercased.count)
    var cursor = WordCursor()
    var index = 0
    while let word = cursor.next(in: utf8) {
      let bytes = word.lowercased(in: utf8)
      #expect(word.hash == FNV1a.hash(of: bytes))
      let equals = word.equals(bytes[...], in: utf8)
      #expect(equals)
      // One byte fewer, one more or one other is another word.
      let shorter = word.equals(bytes.dropLast(), in: utf8)
      let longer = word.equals((bytes + [UInt8(ascii: "a")])[...], in: utf8)
      let other = word.equals((bytes.dropLast() + [bytes.last! ^ 0x01])[...], in: utf8)
      #expect(!shorter && !longer && !other)
      guard index < written.count else { break }
      #expect(String(decoding: bytes, as: UTF8.self) == lowercased[index])
      #expect(WordCursor.lowercasedWords(String(written[index])) == [lowercased[index]])
      index += 1
    }
    #expect(index == written.count)
  }

  @Test func splitsWordsAsWrittenAndLowerCased() {
    let text = "x''y ''Z'' w’’ Don’t e\u{301}te\u{301} 日本語のテキスト、AND"
    #expect(
      WordCursor.writtenWords(text) == ["x''y", "Z", "w", "Don’t", "e\u{301}te\u{301}", "日本語のテキスト", "AND"])
    #expect(
      WordCursor.lowercasedWords(text) == ["x''y", "z", "w", "don't", "e\u{301}te\u{301}", "日本語のテキスト", "and"])
  }

  @Test func classifiesASCIILettersAndDigits() {
    for byte in UInt8.min...UInt8.max {
      let scalar = Unicode.Scalar(byte)
      let expected = byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      let lowercased = expected ? UInt8(ascii: Unicode.Scalar(scalar.properties.lowercaseMapping)!) : 0
      #expect(WordCharacters.wordByte(byte) == lowercased, "\(byte)")
    }
  }
}
