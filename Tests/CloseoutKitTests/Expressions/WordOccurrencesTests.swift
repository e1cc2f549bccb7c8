import CEL
import Testing

@testable import CloseoutKit

/// What `explain` shows under a word function's call: the entries found and where, by the same
/// matchers that the functions use.
@Suite struct WordOccurrencesTests {
  private func found(_ arguments: [Value]) throws -> [String] {
    try WordOccurrences.find(arguments).map { "\($0.entry)@\($0.range.lowerBound)..<\($0.range.upperBound)" }
  }

  @Test func aPlainListGivesEachOccurrenceWithItsUTF8Range() throws {
    let list = Value.list([.string("end the contract"), .string("finish")])
    #expect(
      try found([.string("Let’s END the  contract. Finish it, then finish."), list]) == [
        "end the contract@8..<25", "finish@27..<33", "finish@43..<49",
      ])
    #expect(try found([.string("nothing here"), list]) == [])
  }

  @Test func aListByLanguageKeepsToTheLanguageAsked() throws {
    let lists = Value.map(
      MapValue(stringKeyed: [
        ("en", .list([.string("end the contract")])), ("es", .list([.string("terminar")])),
      ]))
    let text = Value.string("terminar — end the contract")
    #expect(try found([text, lists, .string("en")]) == ["end the contract@13..<29"])
    #expect(try found([text, lists, .string("es")]) == ["terminar@0..<8"])
    #expect(try found([text, lists, .string("*")]) == ["terminar@0..<8", "end the contract@13..<29"])
  }

  @Test func theMatcherFindsWhatTheFunctionsFind() throws {
    let phrases = ["end the contract", "end", "contract"]
    let text = "We end the contract; the contract ends."
    let matcher = PhraseMatcher(phrases)
    let entries = Set(matcher.occurrences(in: text).map { phrases[$0.position] })
    #expect(entries == Set(matcher.found(in: text)))
  }
}
