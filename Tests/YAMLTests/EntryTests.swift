import Testing

@testable import YAML

/// Reading one block mapping entry alone, from the lines that hold it, with the marks it has in
/// the whole document.
@Suite struct EntryTests {
  static let source =
    "a: 1\nmessages:\n  - from: client\n    text: >-\n      one\n\n      two PayPal\n    topics: []\nb: 2\n"

  @Test func theLinesOfAnEntryAreReadWithTheirMarks() throws {
    let entry = try #require(YAMLReader.entry(Array(Self.source.utf8), file: "s.yaml", keyAt: 4, column: 5))
    let pairs = try #require(entry.mapping)
    #expect(pairs.map { $0.key.scalar?.text } == ["text"])
    let text = try #require(pairs.first?.value)
    #expect(text.scalar?.text == "one\ntwo PayPal")
    // The same marks as in the document read whole.
    let whole = try #require(try parse(Self.source)[path: ["messages", 0, "text"]])
    let offset = try #require(scalarOffset(of: "PayPal", in: "one\ntwo PayPal"))
    #expect(
      text.mark(ofCharacterOffset: offset).description == whole.mark(ofCharacterOffset: offset).description)
    #expect(text.mark(ofCharacterOffset: offset).description == "7:11")
  }

  @Test func theFirstKeyOfASequencesItemAndTheLastLineOfTheInput() throws {
    let first = try #require(YAMLReader.entry(Array(Self.source.utf8), file: "s.yaml", keyAt: 3, column: 5))
    #expect(first.mapping?.first?.value.scalar?.text == "client")
    #expect(first.mapping?.first?.value.mark.description == "3:11")
    let last = try #require(YAMLReader.entry(Array("a: 1\nb: x".utf8), file: "s.yaml", keyAt: 2, column: 1))
    #expect(last.mapping?.first?.value.scalar?.text == "x")
  }

  @Test func linesAreCountedAsLibYAMLCountsThem() throws {
    // A carriage return alone ends a line too.
    let source = "a: 1\rb:\r  c: PayPal\rd: 2\r"
    let entry = try #require(YAMLReader.entry(Array(source.utf8), file: "s.yaml", keyAt: 3, column: 3))
    #expect(entry.mapping?.first?.value.mark.description == "3:6")
  }

  @Test func aKeyThatSharesItsLineWithOtherNodesIsNotReadAlone() {
    let flow = "m: {from: client, text: hi}\n"
    #expect(YAMLReader.entry(Array(flow.utf8), file: "s.yaml", keyAt: 1, column: 19) == nil)
    let json = #"{"text": "hi"}"#
    #expect(YAMLReader.entry(Array(json.utf8), file: "s.json", keyAt: 1, column: 2) == nil)
    #expect(YAMLReader.entry(Array(flow.utf8), file: "s.yaml", keyAt: 9, column: 1) == nil)
  }
}
