import Testing

@testable import CloseoutKit

@Suite struct SuggestionTests {
  @Test func phrasesTheClosestNameAsAQuestion() {
    #expect(Suggestion.didYouMean("severty", among: ["id", "severity"]) == "did you mean 'severity'?")
    #expect(Suggestion.didYouMean("zzz", among: ["blocker", "warning"]) == nil)
  }
}
