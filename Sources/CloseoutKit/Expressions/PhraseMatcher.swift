/// Finds any of a list of phrases in text as whole words, case-insensitively. Built once per
/// constant word list (a rule file's `lists:` entry passed to `containsAnyWord`), then run over
/// every message in one pass without allocating: each word is hashed as it is scanned, candidate
/// phrases are found by the hash of their last word, and a candidate is confirmed by the hashes of
/// its other words and then by comparing the words themselves.
struct PhraseMatcher: Sendable {
  /// One phrase: where its words are in `words`, and its place in the list. Plain integers, so
  /// that trying a candidate copies no arrays.
  private struct Phrase: Sendable {
    var firstWord: Int
    var wordCount: Int
    var position: Int

    /// Where its last word is in `words`.
    var lastWord: Int { firstWord + wordCount - 1 }
  }

  /// The lower-cased words of all phrases, one phrase after another.
  private let words: WordScanner
  /// The `WordHash` of each of `words`.
  private let hashes: [UInt64]
  /// The phrases, sorted by the hash of their last word (matching looks back from the word just
  /// read), in list order where that hash is the same.
  private let phrases: [Phrase]
  /// Where in `phrases` are those that end in a word of a given hash.
  private let byLastWord: WordHashTable
  /// The phrases as given.
  private let texts: [String]

  /// A matcher for `phrases`; a phrase without words never matches.
  init(_ phrases: [String]) {
    var words = WordScanner()
    var prepared: [Phrase] = []
    for (position, text) in phrases.enumerated() {
      let firstWord = words.count
      words.append(wordsOf: text)
      guard words.count > firstWord else { continue }
      prepared.append(Phrase(firstWord: firstWord, wordCount: words.count - firstWord, position: position))
    }
    let hashes = (0..<words.count).map { WordHash.of(words.word($0)) }
    prepared.sort { (hashes[$0.lastWord], $0.position) < (hashes[$1.lastWord], $1.position) }
    self.words = words
    self.hashes = hashes
    self.phrases = prepared
    byLastWord = WordHashTable(sortedHashes: prepared.map { hashes[$0.lastWord] })
    texts = phrases
  }

  /// Whether `text` contains one of the phrases.
  func matches(_ text: String) -> Bool {
    var found = false
    scan(text) { _ in
      found = true
      return false
    }
    return found
  }

  /// The phrases that `text` contains, in the order of the list, each once.
  func found(in text: String) -> [String] {
    var seen: [Bool] = []
    scan(text) { position in
      if seen.isEmpty { seen = Array(repeating: false, count: texts.count) }
      seen[position] = true
      return true
    }
    guard !seen.isEmpty else { return [] }
    return texts.indices.filter { seen[$0] }.map { texts[$0] }
  }

  /// The list positions of the phrases that `text` contains, each once, in the order found.
  func foundPositions(in text: String) -> [Int] {
    var seen: Set<Int> = []
    var positions: [Int] = []
    scan(text) { position in
      if seen.insert(position).inserted { positions.append(position) }
      return true
    }
    return positions
  }

  /// Calls `body` with the list position of each phrase found, until it returns false.
  @inline(__always) private func scan(_ text: String, _ body: (Int) -> Bool) {
    guard !phrases.isEmpty else { return }
    // The bytes in place (a native string always has them): `withUTF8` would need a copy of the
    // string, which retains a long one.
    let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { scan($0, body) }
    if scanned == nil {
      var text = text
      text.withUTF8 { scan($0, body) }
    }
  }

  @inline(__always) private func scan(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
    var cursor = WordCursor(utf8)
    while let word = cursor.next() {
      guard let candidates = byLastWord.positions(of: word.hash) else { continue }
      for candidate in candidates {
        let phrase = phrases[candidate]
        if isFound(phrase, endingWith: word, in: utf8), !body(phrase.position) { return }
      }
    }
  }

  /// Whether `phrase` ends with `last`, the word just read: each of its words, from the last back,
  /// is compared by hash first and then byte by byte. The words before `last` are read back from
  /// the text only here, where a phrase's last word has been found.
  private func isFound(_ phrase: Phrase, endingWith last: ScannedWord, in utf8: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var word = last
    var index = phrase.lastWord
    while true {
      guard word.hash == hashes[index], word.equals(words.word(index), in: utf8) else { return false }
      guard index > phrase.firstWord else { return true }
      guard let previous = WordCursor.word(before: word.start, in: utf8) else { return false }
      word = previous
      index -= 1
    }
  }
}
