/// Finds any of a list of phrases in text as whole words, case-insensitively. Built once per
/// constant word list (a rule file's `lists:` entry passed to `containsAnyWord`), then run over
/// the words of every message (`TextWords`, scanned once per text and check): candidate phrases
/// are found by the hash of their last word, and a candidate is confirmed by the hashes of its
/// other words and then by comparing the words themselves.
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

  /// The lower-cased UTF-8 of all phrases' words, one word after another.
  private let bytes: [UInt8]
  /// The end offset in `bytes` of each word; a word starts where the previous one ends.
  private let ends: [Int]
  /// The `FNV1a` hash of each of `words`.
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
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var hashes: [UInt64] = []
    var prepared: [Phrase] = []
    for (position, text) in phrases.enumerated() {
      let firstWord = ends.count
      let utf8 = text.utf8.span
      var cursor = WordCursor()
      while let word = cursor.next(in: utf8) {
        bytes += word.lowercased(in: utf8)
        ends.append(bytes.count)
        hashes.append(word.hash)
      }
      guard ends.count > firstWord else { continue }
      prepared.append(Phrase(firstWord: firstWord, wordCount: ends.count - firstWord, position: position))
    }
    prepared.sort { (hashes[$0.lastWord], $0.position) < (hashes[$1.lastWord], $1.position) }
    self.bytes = bytes
    self.ends = ends
    self.hashes = hashes
    self.phrases = prepared
    byLastWord = WordHashTable(sortedHashes: prepared.map { hashes[$0.lastWord] })
    texts = phrases
  }

  /// Whether `text` contains one of the phrases whose position in the list `accepts` (every one,
  /// by default); the scan stops at the first.
  func matches(_ text: String, accepting accepts: (Int) -> Bool = { _ in true }) -> Bool {
    var found = false
    scan(text) { match in
      found = accepts(match.position)
      return !found
    }
    return found
  }

  /// The phrases that `text` contains, in the order of the list, each once.
  func found(in text: String) -> [String] {
    var seen: [Bool] = []
    scan(text) { match in
      // Not `Array(repeating:count:)`, which looks the array's type up at run time.
      if seen.isEmpty { seen = Array(repeatElement(false, count: texts.count)) }
      seen[match.position] = true
      return true
    }
    guard !seen.isEmpty else { return [] }
    return texts.indices.filter { seen[$0] }.map { texts[$0] }
  }

  /// One phrase found in a text: its place in the list and the UTF-8 offsets of its words there.
  struct Match: Sendable, Equatable {
    /// The phrase's position in the list.
    var position: Int
    /// Where its first word starts and its last word ends in the text, in UTF-8 offsets.
    var range: Range<Int>
  }

  /// Every occurrence of a phrase in `text`, in the order found (by where it ends): what
  /// `explain` shows, found by the same scan as `matches` and `found`.
  func occurrences(in text: String) -> [Match] {
    var found: [Match] = []
    scan(text) { match in
      found.append(match)
      return true
    }
    return found
  }

  /// The list positions of the phrases that `text` contains, each once, in the order found.
  func foundPositions(in text: String) -> [Int] {
    var positions: [Int] = []
    var seen: [Bool] = []
    scan(text) { match in
      // Made at the first match: most texts have none.
      if seen.isEmpty { seen = Array(repeatElement(false, count: texts.count)) }
      if !seen[match.position] {
        seen[match.position] = true
        positions.append(match.position)
      }
      return true
    }
    return positions
  }

  /// Calls `body` with each phrase found, until it returns false: each word of the text
  /// (`TextWords`) is looked up by its hash among the phrases' last words.
  @inline(__always) private func scan(_ text: String, _ body: (Match) -> Bool) {
    guard !phrases.isEmpty else { return }
    let words = TextWords.of(text)
    let utf8 = text.utf8.span
    var next = 0
    while let (position, candidates) = byLastWord.firstWord(in: words, from: next) {
      next = position + 1
      for candidate in candidates {
        let phrase = phrases[candidate]
        if let start = start(of: phrase, endingAt: position, of: words, in: utf8),
          !body(Match(position: phrase.position, range: start..<words[position].end))
        {
          return
        }
      }
    }
  }

  /// The lower-cased bytes of phrase word `index`.
  private func word(_ index: Int) -> ArraySlice<UInt8> {
    bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
  }

  /// Where `phrase` starts in the text when it ends with word `last` of `words`, else nil: each
  /// of its words, from the last back, is compared with the text's by hash first and then byte
  /// by byte.
  private func start(of phrase: Phrase, endingAt last: Int, of words: [ScannedWord], in utf8: Span<UInt8>)
    -> Int?
  {
    guard last + 1 >= phrase.wordCount else { return nil }
    var position = last
    var index = phrase.lastWord
    while true {
      let word = words[position]
      guard word.hash == hashes[index], word.equals(self.word(index), in: utf8) else { return nil }
      guard index > phrase.firstWord else { return word.start }
      position -= 1
      index -= 1
    }
  }
}
