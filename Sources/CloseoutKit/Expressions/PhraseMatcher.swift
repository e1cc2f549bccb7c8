/// Finds any of a list of phrases in text as whole words, case-insensitively. Built once per
/// constant word list (a rule file's `lists:` entry passed to `containsAnyWord`), then run over
/// every message in one pass without allocating: each word is hashed as it is scanned, candidate
/// phrases are found by the hashes of their words, and a candidate is confirmed by comparing the
/// words themselves.
struct PhraseMatcher: Sendable {
  /// One phrase: its lower-cased words and their hashes, and its place in the list.
  private struct Phrase: Sendable {
    var words: [[UInt8]]
    var hashes: [UInt64]
    var position: Int
  }

  /// The phrases by the hash of their last word (matching looks back from the word just read).
  private let byLastWord: [UInt64: [Phrase]]
  /// The most words in one phrase: how many recent words the scan keeps.
  private let longest: Int
  /// The phrases as given.
  private let texts: [String]

  /// A matcher for `phrases`; a phrase without words never matches.
  init(_ phrases: [String]) {
    var index: [UInt64: [Phrase]] = [:]
    var longest = 0
    for (position, text) in phrases.enumerated() {
      let scanner = WordScanner(text)
      guard scanner.count > 0 else { continue }
      let words = (0..<scanner.count).map { Array(scanner.word($0)) }
      let phrase = Phrase(words: words, hashes: words.map { WordHash.of($0) }, position: position)
      index[phrase.hashes[phrase.hashes.count - 1], default: []].append(phrase)
      longest = max(longest, words.count)
    }
    byLastWord = index
    self.longest = longest
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
    var positions = Set<Int>()
    scan(text) { position in
      positions.insert(position)
      return true
    }
    return positions.sorted().map { texts[$0] }
  }

  /// Calls `body` with the list position of each phrase found, until it returns false.
  private func scan(_ text: String, _ body: (Int) -> Bool) {
    guard longest > 0 else { return }
    var text = text
    text.withUTF8 { utf8 in
      var recent = RecentWords(capacity: longest)
      WordScanner.forEachWord(in: utf8) { word in
        recent.append(word)
        guard let candidates = byLastWord[word.hash] else { return true }
        for phrase in candidates
        where recent.ends(with: phrase.hashes) && recent.confirm(phrase.words, in: utf8) {
          if !body(phrase.position) { return false }
        }
        return true
      }
    }
  }
}

/// The last few words of a scan, for matching phrases of several words.
private struct RecentWords {
  private var words: [ScannedWord]
  private var count = 0
  private let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    words = []
    words.reserveCapacity(capacity)
  }

  mutating func append(_ word: ScannedWord) {
    if words.count < capacity {
      words.append(word)
    } else {
      words[count % capacity] = word
    }
    count += 1
  }

  /// The `back`-th most recent word (0 is the last).
  private func word(_ back: Int) -> ScannedWord { words[(count - 1 - back) % capacity] }

  /// Whether the most recent words have these hashes, in order.
  func ends(with hashes: [UInt64]) -> Bool {
    guard hashes.count <= min(count, capacity) else { return false }
    for (back, hash) in hashes.reversed().enumerated() where word(back).hash != hash { return false }
    return true
  }

  /// Whether the most recent words, lower-cased, are exactly `phrase`.
  func confirm(_ phrase: [[UInt8]], in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    for (back, expected) in phrase.reversed().enumerated() where !word(back).equals(expected, in: utf8) {
      return false
    }
    return true
  }
}
