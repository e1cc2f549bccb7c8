/// Splits text into lower-cased words as byte ranges of one buffer, without a `String` per word: the
/// hot path of the tone and phrase checks, which run over every message of every snapshot.
///
/// A word is a run of letters, digits, combining marks and apostrophes, with apostrophes trimmed
/// from its ends; `’` counts as `'`, so `don’t` and `don't` are the same word. ASCII is handled
/// byte by byte; other scalars are classified and lower-cased through their Unicode properties.
struct WordScanner {
  /// The lower-cased UTF-8 bytes of every word, one after another.
  private(set) var bytes: [UInt8] = []
  /// The end offset in `bytes` of each word; a word starts where the previous one ends.
  private(set) var ends: [Int] = []

  /// The words of `text`.
  init(_ text: String) {
    bytes.reserveCapacity(text.utf8.count)
    ends.reserveCapacity(text.utf8.count / 4)
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
        switch WordScanner.asciiClass[Int(byte)] {
        case .upper: bytes.append(byte | 0x20)
        case .word: bytes.append(byte)
        case .separator: endWord()
        }
      } else {
        let (scalar, length) = WordScanner.decode(utf8, at: index)
        index += length
        if scalar.value == 0x2019 {
          bytes.append(UInt8(ascii: "'"))
        } else if WordScanner.isWordScalar(scalar) {
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
    while bytes.count > start, bytes[bytes.count - 1] == UInt8(ascii: "'") { bytes.removeLast() }
    var leading = start
    while leading < bytes.count, bytes[leading] == UInt8(ascii: "'") { leading += 1 }
    if leading > start { bytes.removeSubrange(start..<leading) }
    if bytes.count > start { ends.append(bytes.count) }
  }

  /// Calls `body` with each word of `utf8` in order, without building any string, until it returns
  /// false. Words are split exactly as `init` splits them.
  static func forEachWord(in utf8: UnsafeBufferPointer<UInt8>, _ body: (ScannedWord) -> Bool) {
    var word = ScannedWord()
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      let length: Int
      let isWord: Bool
      if byte < 0x80 {
        length = 1
        isWord = asciiClass[Int(byte)] != .separator
      } else {
        let (scalar, scalarLength) = decode(utf8, at: index)
        length = scalarLength
        isWord = scalar.value == 0x2019 || isWordScalar(scalar)
      }
      if isWord {
        word.extend(utf8, at: index, length: length)
      } else if !word.isEmpty {
        if word.finish(in: utf8), !body(word) { return }
        word = ScannedWord()
      }
      index += length
    }
    if !word.isEmpty, word.finish(in: utf8) { _ = body(word) }
  }

  fileprivate enum ASCIIClass { case separator, upper, word }

  fileprivate static let asciiClass: [ASCIIClass] = (0..<128).map { value in
    switch UInt8(value) {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): .upper
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
      .word
    default: .separator
    }
  }

  fileprivate static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// U+FFFD, for a malformed sequence (which a Swift string never holds).
  private static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// The scalar starting at `index` of valid UTF-8 (Swift strings always are) and its length.
  fileprivate static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(utf8[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard index + length <= utf8.count else { return (replacement, 1) }
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | (UInt32(utf8[index + offset]) & 0x3F) }
    return (Unicode.Scalar(value) ?? replacement, length)
  }
}
