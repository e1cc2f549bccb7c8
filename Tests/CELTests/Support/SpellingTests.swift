import CEL
import Testing

@Suite struct SpellingTests {
  @Test(
    arguments: [
      ("severty", ["id", "severity", "step"], "severity"),
      ("warnng", ["blocker", "warning", "advice"], "warning"),
      ("stpe", ["id", "step", "title"], "step"),
      ("Titel", ["title"], "title"),
      ("zzz", ["blocker", "warning", "advice"], nil),
      ("x", ["y"], "y"),
    ] as [(String, [String], String?)])
  func suggestsTheClosestName(word: String, candidates: [String], expected: String?) {
    #expect(Spelling.closest(to: word, among: candidates) == expected)
  }

  @Test func countsTranspositionsAsOneEdit() {
    #expect(Spelling.editDistance("stauts", "status") == 1)
    #expect(Spelling.editDistance("", "abc") == 3)
    #expect(Spelling.editDistance("kitten", "sitting") == 3)
  }

  @Test func theFirstCandidateWinsATieWhateverItsLength() {
    #expect(Spelling.closest(to: "stat", among: ["stats", "sta", "stay"]) == "stats")
    #expect(Spelling.closest(to: "stat", among: ["stay", "stats"]) == "stay")
  }

  @Test func aWordLongerThanTheLimitGetsNoSuggestion() {
    let long = String(repeating: "a", count: Spelling.longestWord + 1)
    #expect(Spelling.closest(to: long, among: [long + "b", long]) == nil)
    let longest = String(repeating: "a", count: Spelling.longestWord)
    #expect(Spelling.closest(to: longest, among: [longest + "b"]) == longest + "b")
  }

  @Test func skipsCandidatesWhoseLengthIsOutOfReach() {
    #expect(Spelling.closest(to: "status", among: ["statusbar", "sta", "stauts"]) == "stauts")
    #expect(Spelling.closest(to: "ab", among: [String(repeating: "ab", count: 100_000)]) == nil)
  }

  @Test func manyLongWordsAmongManyNamesTakeLittleTime() {
    let names = (0..<2_000).map { "name_number_\($0)" }
    let candidates = Spelling.Candidates(names)
    var words = (0..<1_000).map { "word_\($0)_" + String(repeating: "x", count: $0 % 100) }
    words.append(String(repeating: "name_number_1", count: 20_000))
    let start = ContinuousClock.now
    var found = 0
    for word in words where candidates.closest(to: word) != nil { found += 1 }
    #expect(candidates.closest(to: "name_numbre_17") == "name_number_17")
    #expect(found == 0)
    #expect(ContinuousClock.now - start < .seconds(10))
  }

  /// The full table, as a reference for the banded computation.
  private func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
    var table = (0...a.count).map { i in (0...b.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
    for i in a.indices.map({ $0 + 1 }) {
      for j in b.indices.map({ $0 + 1 }) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  @Test func theBandedDistanceAgreesWithTheFullTable() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
        "abc".randomElement(using: &generator)!
      }
      let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
        "abc".randomElement(using: &generator)!
      }
      let word = String(a)
      let expected = fullDistance(a, b)
      #expect(Spelling.editDistance(word, String(b)) == expected, "\(word) \(String(b))")
      let limit = max(1, min(3, a.count / 3))
      let suggested = Spelling.closest(to: word, among: [String(b)])
      #expect((suggested != nil) == (expected <= limit), "\(word) \(String(b))")
    }
  }
}
