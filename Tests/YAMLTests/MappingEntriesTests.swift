import Testing

@testable import YAML

/// Collects what the reader hands builders: key hashes and whether block scalars carry layouts.
private struct HashRecorder: YAMLTreeBuilder {
  static var recordsBlockLayouts: Bool { false }

  var hashes: [[UInt64]] = []
  var blockIndentations: [Int?] = []

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Int {
    if scalar.style == .literal || scalar.style == .folded {
      blockIndentations.append(scalar.blockIndentation)
    }
    return 0
  }

  mutating func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { 0 }

  mutating func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int {
    hashes.append(Array(entries.keyHashes))
    return 0
  }
}

@Suite struct MappingEntriesTests {
  /// 64-bit FNV-1a, written out independently of the reader.
  private func fnv1a(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  @Test func stringKeysComeWithTheirFNV1aHashes() throws {
    var builder = HashRecorder()
    _ = try YAMLReader.compose(Array("a: 1\n'été': {\"x\": 2}\n".utf8), file: "h.yaml", into: &builder)
    #expect(builder.hashes == [[fnv1a("x")], [fnv1a("a"), fnv1a("été")]])
  }

  @Test func keysMadeByHandAreHashedAsTheReaderHashesThem() throws {
    let keys = ["a", "1", "'1'", "~"].map { text in
      let scalar = text == "'1'" ? Scalar("1", style: .singleQuoted) : Scalar(text)
      return MappingKey(scalar: scalar, info: NodeInfo(mark: .start, endMark: .start))
    }
    let entries = MappingEntries(keys: keys[...], values: [0, 0, 0, 0][...])
    #expect(Array(entries.keyHashes) == keys.map(\.scalar.keyHash))
    #expect(entries.keyHashes.first == fnv1a("a"))
    #expect(entries.keyHashes[2] == fnv1a("1"), "a quoted 1 is a string key")
    #expect(entries.keyHashes[1] != entries.keyHashes[2], "the integer 1 is another key")
  }

  @Test func blockLayoutsAreRecordedOnlyForBuildersThatWantThem() throws {
    let text = Array("a: |\n    indented\nb: >\n  folded\n".utf8)
    var builder = HashRecorder()
    _ = try YAMLReader.compose(text, file: "b.yaml", into: &builder)
    #expect(builder.blockIndentations == [nil, nil])
    let node = try YAMLReader.parse(text, file: "b.yaml")
    #expect(node["a"]?.scalar?.blockIndentation == 4)
    #expect(node["b"]?.scalar?.blockIndentation == 2)
  }
}
