/// A word found by `WordScanner.forEachWord`: where it is in the text and the hash of its
/// lower-cased bytes (apostrophes at its ends trimmed, `’` as `'`).
struct ScannedWord {
  /// Where the word's bytes start and end in the text, apostrophes at the ends excluded once finished.
  private(set) var start = 0
  private(set) var end = 0
  /// `WordHash` of the lower-cased word.
  private(set) var hash: UInt64 = 0
  /// Whether the word has scalars beyond ASCII, which are lower-cased through their properties.
  private var unicode = false

  var isEmpty: Bool { end == start }

  mutating func extend(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) {
    if isEmpty { start = index }
    end = index + length
    if length > 1 { unicode = true }
  }

  /// Trims apostrophes and hashes the word; false when nothing is left.
  mutating func finish(in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    while start < end, let length = WordHash.apostropheLength(utf8, at: start, end: end) { start += length }
    while start < end, let length = WordHash.apostropheLength(utf8, endingAt: end, start: start) {
      end -= length
    }
    guard start < end else { return false }
    hash = unicode ? WordHash.of(lowercased(utf8)) : WordHash.ofASCII(utf8, start..<end)
    return true
  }

  /// Whether the word, lower-cased, is `expected`.
  func equals(_ expected: [UInt8], in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    if unicode { return lowercased(utf8) == expected }
    guard end - start == expected.count else { return false }
    for offset in 0..<expected.count where WordHash.lower(utf8[start + offset]) != expected[offset] {
      return false
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
