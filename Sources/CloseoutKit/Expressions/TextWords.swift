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
    // About one word in six bytes of prose: the array grows once or not at all.
    words.reserveCapacity(utf8.count / 6 + 1)
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

  private struct Contents {
    var words: [Key: [ScannedWord]] = [:]
    var wordCount = 0
  }

  /// A text as a dictionary key: equal when its bytes are, hashed by its length and a sample of
  /// its bytes, so that finding it costs little whatever its length.
  private struct Key: Hashable {
    let text: String

    static func == (a: Key, b: Key) -> Bool {
      let first = a.text.utf8.span
      let second = b.text.utf8.span
      // The same string, passed on from rule to rule: nothing to compare.
      if first.isIdentical(to: second) { return true }
      guard first.count == second.count else { return false }
      // Swift's `==` compares two ASCII strings' bytes at once (`memcmp`); other strings, by
      // their code points, as it would not.
      if a.text.utf8Span.isKnownASCII && b.text.utf8Span.isKnownASCII { return a.text == b.text }
      return a.text.codePointsEqual(b.text)
    }

    func hash(into hasher: inout Hasher) {
      let utf8 = text.utf8.span
      // Sixteen bytes evenly spread, from the first: texts of a length often differ early.
      let step = max(utf8.count / 16, 1)
      var hash = FNV1a.seed
      var index = 0
      while index < utf8.count {
        hash = FNV1a.mixing(hash, utf8[index])
        index += step
      }
      hasher.combine(utf8.count)
      hasher.combine(hash)
    }
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
    let key = Key(text: text)
    if let words = contents.withLock({ $0.words[key] }) { return words }
    let words = TextWords.scan(text)
    contents.withLock { contents in
      if contents.wordCount + words.count > maxWordCount { contents = Contents() }
      contents.words[key] = words
      contents.wordCount += words.count
    }
    return words
  }

  /// Forgets every text, keeping the storage for the next check.
  func removeAll() {
    contents.withLock { contents in
      contents.words.removeAll(keepingCapacity: true)
      contents.wordCount = 0
    }
  }
}
