import Testing

@testable import CEL

/// Patterns that make a backtracking engine run for longer than anyone waits (exponential in
/// the text's length) answer at once: matching time is linear in the text. Nothing here
/// asserts a time; a backtracking engine simply never returns.
@Suite("Regex performance")
struct RegexPerformanceTests {
  @Test func nestedPlusOnAFailingTextAnswers() throws {
    let text = String(repeating: "a", count: 10_000) + "!"
    #expect(try RegexPattern("(a+)+$").search(text) == false)
    #expect(try RegexPattern("(a+)+$").search(String(repeating: "a", count: 20) + "b") == false)
  }

  @Test func overlappingPlusesAnswer() throws {
    let text = String(repeating: "x", count: 5_000)
    #expect(try RegexPattern("(x+x+)+y").search(text) == false)
    #expect(try RegexPattern("(x+x+)+y").search(text + "y"))
  }

}
