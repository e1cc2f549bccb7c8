/// Splits text into lower-cased words as byte ranges of one buffer, without a `String` per word: the
/// words behind `words()` and the phrases of a `PhraseMatcher`.
///
/// A word is a run of letters, digits, combining marks and apostrophes (`WordCharacters`), with
/// apostrophes trimmed from its ends; `’` counts as `'`, so `don’t` and `don't` are the same word.
/// ASCII is handled byte by byte; other scalars are lower-cased through their Unicode properties.
struct WordScanner {
  /// The lower-cased UTF-8 bytes of every word, one after another.
  private(set) var bytes: [UInt8] = []
  /// The end offset in `bytes` of each word; a word starts where the previous one ends.
  private(set) var ends: [Int] = []

  /// No words yet.
  init() {}

  /// The words of `text`.
  init(_ text: String) {
    bytes.reserveCapacity(text.utf8.count)
    ends.reserveCapacity(text.utf8.count / 4)
    append(wordsOf: text)
  }

  /// Adds the words of `text` after those already scanned.
  mutating func append(wordsOf text: String) {
    var text = text
    text.withUTF8 { scan($0) }
  }

  /// The number of words.
  var count: Int { ends.count }

  /// The bytes of word `index`.
  func word(_ index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// The words as strings.
  var strings: [String] { (0..<count).map { String(decoding: word($0), as: UTF8.self) } }

  private mutating func scan(_ utf8: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      if byte < 0x80 {
        index += 1
        if WordCharacters.isLetterOrDigit(byte) || byte == WordCharacters.apostrophe {
          bytes.append(WordCharacters.lowercased(byte))
        } else {
          endWord()
        }
      } else {
        let (scalar, length) = WordCharacters.decode(utf8, at: index)
        index += length
        if scalar.value == WordCharacters.rightSingleQuote {
          bytes.append(WordCharacters.apostrophe)
        } else if WordCharacters.isWordScalar(scalar) {
          bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
          endWord()
        }
      }
    }
    endWord()
  }

  /// Closes the word in progress (the bytes after the last end), trimming its apostrophes; drops it
  /// when nothing is left.
  private mutating func endWord() {
    let start = ends.last ?? 0
    guard bytes.count > start else { return }
    while bytes.count > start, bytes[bytes.count - 1] == WordCharacters.apostrophe { bytes.removeLast() }
    var leading = start
    while leading < bytes.count, bytes[leading] == WordCharacters.apostrophe { leading += 1 }
    if leading > start { bytes.removeSubrange(start..<leading) }
    if bytes.count > start { ends.append(bytes.count) }
  }
}
