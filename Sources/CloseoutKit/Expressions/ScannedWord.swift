/// A word found by `WordCursor`: where it is in the text, apostrophes at its ends excluded, and the
/// `WordHash` of its lower-cased bytes (`’` as `'`), as `WordScanner` would store them.
struct ScannedWord {
  /// Where the word's bytes start and end in the text.
  let start: Int
  let end: Int
  /// `WordHash` of the lower-cased word.
  let hash: UInt64
  /// Whether the word has scalars beyond ASCII, which are lower-cased through their properties.
  let unicode: Bool

  /// Whether the word, lower-cased, is `expected`.
  func equals(_ expected: ArraySlice<UInt8>, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    if unicode { return lowercased(utf8).elementsEqual(expected) }
    guard end - start == expected.count else { return false }
    var index = start
    for byte in expected {
      guard WordCharacters.lowercased(utf8[index]) == byte else { return false }
      index += 1
    }
    return true
  }

  /// The word's lower-cased bytes, as `WordScanner` stores them.
  private func lowercased(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let scanner = WordScanner(
      String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self))
    return scanner.count == 1 ? Array(scanner.word(0)) : []
  }
}
