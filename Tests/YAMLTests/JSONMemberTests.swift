import Testing

@testable import YAML

/// Reading one string member of a JSON object alone, from where its key is, with the marks it has
/// in the whole document.
@Suite struct JSONMemberTests {
  static let documents = [
    #"{"a": 1, "text": "Pay me by PayPal", "b": {"note": "ok"}}"#,
    "{\r\n  \"naïve\": \"café ünïcode\",\r\n\t\"text\" :\t\"Zahlung über \\\"PayPal\\\" \\u00e9\"\r}",
    "{\"x\": \"a\u{2028}b PayPal\", \"y\": [\"item\", {\"z\": \"日本語 PayPal\"}]}\n",
    "\u{FEFF}{\"k\": \"\"}",
  ]

  /// Every string member: the same text and marks as in the document read whole.
  @Test(arguments: documents)
  func aMemberHasItsMarksInTheWholeDocument(document: String) throws {
    let bytes = Array(document.utf8)
    let whole = try YAMLReader.parse(bytes, file: "s.json", as: .json)
    var pairs: [Node.Pair] = []
    var pending = [whole]
    while let node = pending.popLast() {
      if let mapping = node.mapping { pairs += mapping }
      pending += node.mapping?.map(\.value) ?? node.sequence ?? []
    }
    let strings = pairs.filter { $0.value.scalar?.style == .doubleQuoted }
    #expect(!strings.isEmpty)
    for pair in strings {
      let member = try #require(
        YAMLReader.jsonStringMember(bytes, keyAt: pair.key.mark.line, column: pair.key.mark.column))
      #expect(member.scalar?.text == pair.value.scalar?.text)
      #expect(member.mark == pair.value.mark)
      #expect(member.endMark == pair.value.endMark)
      let count = member.scalar?.text.unicodeScalars.count ?? 0
      for offset in 0...count {
        #expect(member.mark(ofCharacterOffset: offset) == pair.value.mark(ofCharacterOffset: offset))
      }
    }
  }

  @Test func nothingWhereNoKeyOfAStringIsWritten() {
    let bytes = Array(#"{"a": 1, "b": ["x"], "c": "y"}"#.utf8)
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 2) == nil)  // a number
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 10) == nil)  // a list
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 3) == nil)  // inside a key
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 27)?.scalar?.text == nil)  // a value
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 22)?.scalar?.text == "y")
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 2, column: 1) == nil)
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 1, column: 99) == nil)
    #expect(YAMLReader.jsonStringMember(bytes, keyAt: 0, column: 1) == nil)
  }
}
