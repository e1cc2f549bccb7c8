/// A word found by `WordCursor`: where it is in the text, apostrophes at its ends excluded, and the
/// `FNV1a` hash of its lower-cased bytes (`’` as `'`).
struct ScannedWord {
  /// Where the word's bytes start and end in the text.
  let start: Int
  let end: Int
  /// `FNV1a` hash of the lower-cased word.
  let hash: UInt64
  /// Whether the word has scalars beyond ASCII, which are lower-cased through their properties.
  let unicode: Bool

  /// Whether the word, lower-cased, is `expected`.
  func equals(_ expected: ArraySlice<UInt8>, in utf8: Span<UInt8>) -> Bool {
    if unicode { return lowercasedEquals(expected, in: utf8) }
    guard end - start == expected.count else { return false }
    var index = start
    for byte in expected {
      guard WordCharacters.lowercased(utf8[index]) == byte else { return false }
      index += 1
    }
    return true
  }

  /// Whether the word's lower-cased bytes are `expected`, compared as they are made, without an
  /// array of them.
  private func lowercasedEquals(_ expected: ArraySlice<UInt8>, in utf8: Span<UInt8>) -> Bool {
    var next = expected.startIndex
    let whole = forEachLowercased(in: utf8) { byte in
      guard next < expected.endIndex, expected[next] == byte else { return false }
      next += 1
      return true
    }
    return whole && next == expected.endIndex
  }

  /// The word's lower-cased bytes, `’` written as `'`: the bytes its hash is of.
  func lowercased(in utf8: Span<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end - start)
    _ = forEachLowercased(in: utf8) { byte in
      bytes.append(byte)
      return true
    }
    return bytes
  }

  /// Calls `body` with each of the word's lower-cased bytes (`’` as `'`), in order, until it
  /// returns false; whether it never did.
  private func forEachLowercased(in utf8: Span<UInt8>, _ body: (UInt8) -> Bool) -> Bool {
    var index = start
    while index < end {
      let byte = utf8[index]
      if byte < 0x80 {
        guard body(WordCharacters.lowercased(byte)) else { return false }
        index += 1
        continue
      }
      let (scalar, length) = WordCharacters.decode(utf8, at: index)
      if scalar.value == WordCharacters.rightSingleQuote {
        guard body(WordCharacters.apostrophe) else { return false }
      } else {
        for lowered in scalar.properties.lowercaseMapping.utf8 where !body(lowered) { return false }
      }
      index += length
    }
    return true
  }
}
