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
}
