import Testing

@testable import YAML

/// Records what a builder that does not need the text of typed scalars is handed.
private struct ResolvedOnly: YAMLTreeBuilder {
  static var needsTextOfTypedScalars: Bool { false }

  var values: [(text: String, resolved: ResolvedScalar)] = []
  var keys: [String] = []

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Int {
    values.append((scalar.text, scalar.resolved))
    return 0
  }

  mutating func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { 0 }

  mutating func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int {
    keys += entries.keys.map(\.scalar.text)
    return 0
  }
}

@Suite struct TypedScalarTextTests {
  private func read(_ text: String) throws -> ResolvedOnly {
    var builder = ResolvedOnly()
    _ = try YAMLReader.compose(Array(text.utf8), file: testFile, into: &builder)
    return builder
  }

  @Test func typedValuesComeWithoutTextAndStringsWithIt() throws {
    let builder = try read("a: 0x1F\nb: ~\nc: True\nd: 1.5e3\ne: word\nf: '12'\ng: !!str 7\nh: !!int '8'\n")
    #expect(builder.values.map(\.text) == ["", "", "", "", "word", "12", "7", ""])
    #expect(
      builder.values.map(\.resolved) == [
        .int(31), .null, .bool(true), .double(1500), .string("word"), .string("12"), .string("7"), .int(8),
      ])
  }

  @Test func keysAlwaysKeepTheirText() throws {
    let builder = try read("1: a\n~: b\ntrue: c\n2.5: d\nname: e\n")
    #expect(builder.keys == ["1", "~", "true", "2.5", "name"])
  }

  @Test func anchoredScalarsKeepTheirTextForAliasesUsedAsKeys() throws {
    let builder = try read("a: &n 12\nb: *n\n*n : c\n")
    #expect(builder.values.map(\.text) == ["12", "12", "c"])
    #expect(builder.keys == ["a", "b", "12"])
  }

  @Test func errorsStillQuoteTheText() {
    var builder = ResolvedOnly()
    #expect {
      try YAMLReader.compose(Array("a: !!int 12x\n".utf8), file: testFile, into: &builder)
    } throws: { error in
      (error as? YAMLError)?.message.contains("12x") == true
    }
  }

  @Test func theNodeTreeKeepsEveryText() throws {
    let node = try parse("a: 0x1F\nb: ~\nc: [True, 1.5]\n")
    #expect(node["a"]?.scalar?.text == "0x1F")
    #expect(node["b"]?.scalar?.text == "~")
    #expect(node[path: ["c", 0]]?.scalar?.text == "True")
    #expect(node[path: ["c", 1]]?.scalar?.text == "1.5")
  }

  @Test func keysReadFromBytesMatchTheirTexts() throws {
    let builder = try read("'\u{E9}t\u{E9}': 1\n\"\\u00e9\\n\": 2\nplain\u{1F600}: 3\n1: 4\n")
    #expect(builder.keys == ["\u{E9}t\u{E9}", "\u{E9}\n", "plain\u{1F600}", "1"])
    #expect(readError("\"\\u00e9\": 1\n\u{E9}: 2\n")?.kind == .duplicateKey, "escaped and written keys match")
  }
}
