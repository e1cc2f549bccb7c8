import Testing

@testable import CloseoutKit

@Suite struct SuggestionTests {
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
    #expect(Suggestion.closest(to: word, among: candidates) == expected)
  }

  @Test func countsTranspositionsAsOneEdit() {
    #expect(Suggestion.editDistance("stauts", "status") == 1)
    #expect(Suggestion.editDistance("", "abc") == 3)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
  }
}
