import CEL
import Testing

@testable import CloseoutKit

@Suite struct TextWordsTests {
  /// The words of a text are the cursor's, in order.
  @Test(arguments: WordCursorTests.texts)
  func scansTheCursorsWords(text: String) {
    let utf8 = text.utf8.span
    var cursor = WordCursor()
    var expected: [(Int, Int, UInt64)] = []
    while let word = cursor.next(in: utf8) { expected.append((word.start, word.end, word.hash)) }
    let words = TextWords.scan(text)
    #expect(words.map(\.start) == expected.map(\.0))
    #expect(words.map(\.end) == expected.map(\.1))
    #expect(words.map(\.hash) == expected.map(\.2))
  }

  /// A text with the same bytes, however it was built, is scanned once; one whose accents are
  /// composed differently (equal to Swift's `==`) has words of its own, at its own offsets.
  @Test func remembersTextsByTheirBytes() {
    let memory = TextWordsMemory()
    let composed = "Je veux mettre fin au contrat, café"
    let decomposed = "Je veux mettre fin au contrat, cafe\u{301}"
    #expect(composed == decomposed)
    #expect(memory.words(of: composed).map(\.end) == TextWords.scan(composed).map(\.end))
    #expect(memory.wordCount == 7)
    #expect(memory.words(of: String("Je veux mettre fin au contrat, café".reversed().reversed())).count == 7)
    #expect(memory.wordCount == 7)
    #expect(memory.words(of: decomposed).map(\.end) == TextWords.scan(decomposed).map(\.end))
    #expect(memory.wordCount == 14)
    memory.removeAll()
    #expect(memory.wordCount == 0)
  }

  /// Many texts, some of one length and differing only past the bytes sampled, are each found
  /// again with their own words, however the table grew; emptied, it finds none of them.
  @Test func findsEachOfManyTexts() {
    let memory = TextWordsMemory()
    let texts = (0..<300).map {
      "message \($0 % 10) says " + String(repeating: "a ", count: 40) + "word\($0)"
    }
    for text in texts { _ = memory.words(of: text) }
    let count = memory.wordCount
    #expect(count == texts.map { TextWords.scan($0).count }.reduce(0, +))
    for text in texts.reversed() {
      #expect(
        memory.words(of: String(decoding: Array(text.utf8), as: UTF8.self)).map(\.hash)
          == TextWords.scan(text).map(\.hash))
    }
    #expect(memory.wordCount == count)
    memory.removeAll()
    _ = memory.words(of: texts[0])
    #expect(memory.wordCount == TextWords.scan(texts[0]).count)
  }

  /// Past its limit the memory starts again, and still gives each text its own words.
  @Test func startsAgainPastItsLimit() {
    let memory = TextWordsMemory(maxWordCount: 5)
    #expect(memory.words(of: "one two three four").count == 4)
    #expect(memory.words(of: "five six").count == 2)
    #expect(memory.wordCount == 2)
    #expect(memory.words(of: "one two three four").count == 4)
    #expect(memory.wordCount == 4)
    // Longer than the memory holds: matched, not remembered.
    #expect(memory.words(of: "a b c d e f").count == 6)
    #expect(memory.wordCount == 4)
  }

  /// Matching finds the same phrases, at the same offsets, with the check's memory as without.
  @Test func matchesAlikeWithAndWithoutMemory() {
    let matcher = PhraseMatcher(["end the contract", "café", "wind down"])
    let texts = [
      "I'd like to END the   contract; café?", "Time to wind-down. End the contract",
      "cafe\u{301} and café", "end the", "",
    ]
    let without = texts.map { matcher.occurrences(in: $0) }
    let memory = TextWordsMemory()
    let with = TextWordsMemory.$current.withValue(memory) {
      (texts + texts).map { matcher.occurrences(in: $0) }
    }
    #expect(with == without + without)
    #expect(memory.wordCount == texts.map { TextWords.scan($0).count }.reduce(0, +))
  }
}
