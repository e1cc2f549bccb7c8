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

  /// The words, their places and their hashes are those of `WordScanner` and `WordHash`.
  @Test(arguments: texts)
  func readsTheWordsScannerSplits(text: String) {
    let scanner = WordScanner(text)
    var text = text
    text.withUTF8 { utf8 in
      var cursor = WordCursor(utf8)
      var index = 0
      while let word = cursor.next() {
        #expect(index < scanner.count)
        guard index < scanner.count else { return }
        #expect(word.hash == WordHash.of(scanner.word(index)))
        #expect(word.equals(scanner.word(index), in: utf8))
        let written = String(
          decoding: UnsafeBufferPointer(rebasing: utf8[word.start..<word.end]), as: UTF8.self)
        #expect(WordScanner(written).strings == [scanner.strings[index]])
        index += 1
      }
      #expect(index == scanner.count)
    }
  }

  /// Reading back from each word finds the word before it, and nothing before the first.
  @Test(arguments: texts)
  func readsBackToThePreviousWord(text: String) {
    var text = text
    text.withUTF8 { utf8 in
      var words: [ScannedWord] = []
      var cursor = WordCursor(utf8)
      while let word = cursor.next() { words.append(word) }
      for (index, word) in words.enumerated() {
        let previous = WordCursor.word(before: word.start, in: utf8)
        #expect(previous?.start == (index > 0 ? words[index - 1].start : nil))
        #expect(previous?.end == (index > 0 ? words[index - 1].end : nil))
        #expect(previous?.hash == (index > 0 ? words[index - 1].hash : nil))
      }
    }
  }

  @Test func classifiesASCIILettersAndDigits() {
    for byte in UInt8.min...UInt8.max {
      let scalar = Unicode.Scalar(byte)
      let expected = byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      #expect(WordCharacters.isLetterOrDigit(byte) == expected, "\(byte)")
      let lowercased = expected ? UInt8(ascii: Unicode.Scalar(scalar.properties.lowercaseMapping)!) : 0
      #expect(WordCharacters.wordByte(byte) == lowercased, "\(byte)")
    }
  }
}
