import CEL
import Synchronization

/// The words of a text as `WordCursor` splits it, each with where it is and its hash: what every
/// word list is matched against (`PhraseMatcher`).
///
/// Rules read the same texts many times in one check: a message is matched against the ending
/// phrases, the payment services and the language markers, first in every language and then in
/// its own. Within a check the words of each text are scanned once and remembered
/// (`TextWordsMemory`); a text is then matched against a list by looking its words up, one probe
/// a word, without reading its bytes again.
enum TextWords {
  /// The words of `text`, in order: remembered by the check under way, else scanned now.
  static func of(_ text: String) -> [ScannedWord] {
    if let memory = TextWordsMemory.current { return memory.words(of: text) }
    return scan(text)
  }

  /// The words of `text`, scanned.
  static func scan(_ text: String) -> [ScannedWord] {
    let utf8 = text.utf8.span
    var cursor = WordCursor()
    var words: [ScannedWord] = []
    // Room for a word in every four bytes and a few more, which prose (a word in five or six
    // bytes) stays within: the array rarely grows.
    words.reserveCapacity(utf8.count / 4 + 4)
    while let word = cursor.next(in: utf8) { words.append(word) }
    return words
  }
}

/// The words of the texts one check has matched, by text: the memory behind `TextWords.of`.
///
/// `Engine.check` makes it current (`TextWordsMemory.$current`) while a snapshot's rules run and
/// empties it for the next snapshot; its thread's context (`CheckContext`) keeps it. A text is
/// found by its bytes (not by Swift's `==`, for which differently composed accents are equal:
/// the words' offsets must be those of the very bytes matched). It holds at most `maxWordCount`
/// words (32 bytes each; a million by default); past that it forgets what it holds and starts
/// again.
final class TextWordsMemory: Sendable {
  /// The memory of the check under way on this thread, if any.
  @TaskLocal static var current: TextWordsMemory?

  /// How many words the memory holds at most.
  let maxWordCount: Int

  /// The texts remembered, with their words, found by a hash of their length and a sample of
  /// their bytes (so that finding one costs little whatever its length) in a table of their own:
  /// open addressing, linear probing, at most half full.
  private struct Contents {
    var texts: [String] = []
    var words: [[ScannedWord]] = []
    var wordCount = 0
    /// By slot, 1 + the position of a text in `texts`, or 0 for none.
    var slots = Array(repeatElement(0, count: 16))
    /// The slot of each text, to empty them again.
    var slotsTaken: [Int] = []

    /// The slot where `text` is, or the empty one where it would go.
    func slot(of text: String, hash: UInt64) -> Int {
      let mask = slots.count - 1
      // The top bits, which FNV-1a mixes best.
      var slot = Int(truncatingIfNeeded: hash &>> UInt64(64 - slots.count.trailingZeroBitCount))
      while slots[slot] != 0, !texts[slots[slot] - 1].codePointsEqual(text) {
        slot = (slot + 1) & mask
      }
      return slot
    }

    mutating func insert(_ text: String, _ words: [ScannedWord], hash: UInt64) {
      if (texts.count + 1) * 2 > slots.count {
        // Twice as many slots, each text placed again.
        slots = Array(repeatElement(0, count: slots.count * 2))
        slotsTaken.removeAll(keepingCapacity: true)
        for (position, text) in texts.enumerated() {
          let slot = slot(of: text, hash: TextWordsMemory.sampleHash(of: text))
          slots[slot] = position + 1
          slotsTaken.append(slot)
        }
      }
      let slot = slot(of: text, hash: hash)
      texts.append(text)
      self.words.append(words)
      wordCount += words.count
      slots[slot] = texts.count
      slotsTaken.append(slot)
    }

    mutating func removeAll() {
      for slot in slotsTaken { slots[slot] = 0 }
      slotsTaken.removeAll(keepingCapacity: true)
      texts.removeAll(keepingCapacity: true)
      words.removeAll(keepingCapacity: true)
      wordCount = 0
    }
  }

  /// The FNV-1a hash of the length of `text` and of about sixteen of its bytes, evenly spread from
  /// the first (texts of one length often differ early).
  static func sampleHash(of text: String) -> UInt64 {
    let utf8 = text.utf8.span
    let step = max(utf8.count / 16, 1)
    var hash = FNV1a.seed
    for byte in 0..<8 { hash = FNV1a.mixing(hash, UInt8(truncatingIfNeeded: utf8.count >> (byte * 8))) }
    var index = 0
    while index < utf8.count {
      hash = FNV1a.mixing(hash, utf8[index])
      index += step
    }
    return hash
  }

  private let contents = Mutex(Contents())

  /// An empty memory that holds at most `maxWordCount` words.
  init(maxWordCount: Int = 1 << 20) {
    self.maxWordCount = maxWordCount
  }

  /// How many words the memory holds.
  var wordCount: Int { contents.withLock { $0.wordCount } }

  /// The words of `text`, scanned at the first call for its bytes.
  func words(of text: String) -> [ScannedWord] {
    let hash = Self.sampleHash(of: text)
    let found = contents.withLock { contents in
      let slot = contents.slot(of: text, hash: hash)
      return contents.slots[slot] == 0 ? nil : contents.words[contents.slots[slot] - 1]
    }
    if let found { return found }
    let words = TextWords.scan(text)
    // A text with more words than the memory holds is matched without being remembered.
    guard words.count <= maxWordCount else { return words }
    contents.withLock { contents in
      if contents.wordCount + words.count > maxWordCount { contents.removeAll() }
      contents.insert(text, words, hash: hash)
    }
    return words
  }

  /// Forgets every text, keeping the storage for the next check.
  func removeAll() {
    contents.withLock { $0.removeAll() }
  }
}
