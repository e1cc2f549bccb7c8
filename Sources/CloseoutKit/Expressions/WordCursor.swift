import CEL

/// Closeout's one way of splitting text into words, used by `words()`, `shoutedWords()` and the
/// phrase checks alike: it reads the words of a text's UTF-8 (`String.UTF8View.span`) one at a
/// time, without building any string.
///
/// A word is a run of letters, digits, combining marks and apostrophes (`WordCharacters`), with
/// apostrophes trimmed from its ends; `’` counts as `'`, so `don’t` and `don't` are the same word.
/// Each word is hashed as its bytes are read, lower-cased, so no byte is visited twice, and runs of
/// ASCII letters and digits take a tight loop of their own; scalars beyond ASCII are handled out of
/// line, so that their Unicode properties cost nothing to text without them.
struct WordCursor {
  private var index = 0

  /// A cursor at byte `index` of a text: its start, or just after a separator.
  init(at index: Int = 0) {
    self.index = index
  }

  /// The words of `text`, lower-cased (`’` written as `'`).
  static func lowercasedWords(_ text: String) -> [String] {
    let utf8 = text.utf8.span
    var cursor = WordCursor()
    var words: [String] = []
    while let word = cursor.next(in: utf8) {
      words.append(String(decoding: word.lowercased(in: utf8), as: UTF8.self))
    }
    return words
  }

  /// The words of `text` as written.
  static func writtenWords(_ text: String) -> [Substring] {
    let utf8 = text.utf8.span
    var cursor = WordCursor()
    var words: [Substring] = []
    while let word = cursor.next(in: utf8) {
      let start = text.utf8.index(text.utf8.startIndex, offsetBy: word.start)
      let end = text.utf8.index(start, offsetBy: word.end - word.start)
      words.append(text[start..<end])
    }
    return words
  }

  /// The next word of `utf8`, the text this cursor reads, or nil after the last.
  ///
  /// Apostrophes before a word's first other character are skipped; those after one are counted and
  /// hashed only when another character follows, which trims them from both ends.
  @inline(__always) mutating func next(in utf8: Span<UInt8>) -> ScannedWord? {
    var start = -1
    var end = 0
    var hash = FNV1a.seed
    var apostrophes = 0
    var unicode = false
    while index < utf8.count {
      let byte = utf8[index]
      var wordByte = WordCharacters.wordByte(byte)
      if wordByte != 0 {
        if start < 0 { start = index }
        if apostrophes > 0 { hash = WordCursor.mixing(apostrophes: &apostrophes, into: hash) }
        repeat {
          hash = FNV1a.mixing(hash, wordByte)
          index &+= 1
          guard index < utf8.count else { break }
          wordByte = WordCharacters.wordByte(utf8[index])
        } while wordByte != 0
        end = index
      } else if byte == WordCharacters.apostrophe {
        if start >= 0 { apostrophes += 1 }
        index += 1
      } else if byte < 0x80 {
        index += 1
        if start >= 0 { break }
      } else {
        let (role, length) = WordCursor.role(of: utf8, at: index)
        switch role {
        case .separator:
          index += length
          if start >= 0 { return ScannedWord(start: start, end: end, hash: hash, unicode: unicode) }
        case .apostrophe:
          if start >= 0 { apostrophes += 1 }
          index += length
        case .character:
          if start < 0 { start = index }
          if apostrophes > 0 { hash = WordCursor.mixing(apostrophes: &apostrophes, into: hash) }
          hash = WordCursor.mixingLowercased(utf8, at: index, into: hash)
          index += length
          end = index
        }
        if start >= 0 { unicode = true }
      }
    }
    guard start >= 0 else { return nil }
    return ScannedWord(start: start, end: end, hash: hash, unicode: unicode)
  }

  /// What a scalar beyond ASCII is to a word.
  enum ScalarRole { case separator, apostrophe, character }

  /// The role and length of the scalar beyond ASCII at `index`.
  @inline(never)
  static func role(of utf8: Span<UInt8>, at index: Int) -> (ScalarRole, Int) {
    let (scalar, length) = WordCharacters.decode(utf8, at: index)
    if scalar.value == WordCharacters.rightSingleQuote { return (.apostrophe, length) }
    return (WordCharacters.isWordScalar(scalar) ? .character : .separator, length)
  }

  /// `hash` extended by the lower-cased bytes of the word scalar at `index`.
  @inline(never)
  private static func mixingLowercased(_ utf8: Span<UInt8>, at index: Int, into hash: UInt64)
    -> UInt64
  {
    var hash = hash
    let (scalar, _) = WordCharacters.decode(utf8, at: index)
    for byte in scalar.properties.lowercaseMapping.utf8 { hash = FNV1a.mixing(hash, byte) }
    return hash
  }

  /// `hash` extended by the apostrophes counted inside a word, once a character follows them.
  private static func mixing(apostrophes: inout Int, into hash: UInt64) -> UInt64 {
    var hash = hash
    while apostrophes > 0 {
      hash = FNV1a.mixing(hash, WordCharacters.apostrophe)
      apostrophes -= 1
    }
    return hash
  }
}
