import Testing

@testable import YAML

/// Collects what the reader hands builders: each mapping's keys and values, and whether block
/// scalars carry layouts.
private struct EntryRecorder: YAMLTreeBuilder {
  static var recordsBlockLayouts: Bool { false }

  var entries: [[String]] = []
  var blockIndentations: [Int?] = []

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Int {
    if scalar.style == .literal || scalar.style == .folded {
      blockIndentations.append(scalar.blockIndentation)
    }
    return Int(scalar.text) ?? 0
  }

  mutating func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { items.reduce(0, +) }

  mutating func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int {
    self.entries.append(entries.map { "\($0.key.text)=\($0.value)" })
    return entries.values.reduce(0, +)
  }
}

@Suite struct MappingEntriesTests {
  @Test func eachMappingGetsItsOwnKeysAndValuesInSourceOrder() throws {
    var builder = EntryRecorder()
    let text = "a: 1\n'été': {\"x\": 2, y: [3, 4]}\nz: [{w: 5}, 6]\n"
    #expect(try YAMLReader.compose(Array(text.utf8), file: "h.yaml", into: &builder) == 21)
    #expect(builder.entries == [["x=2", "y=7"], ["w=5"], ["a=1", "été=9", "z=11"]])
  }

  @Test func entriesMadeByHandPairKeysAndValues() throws {
    let keys = ["a", "1", "'1'", "~"].map { text in
      let scalar = text == "'1'" ? Scalar("1", style: .singleQuoted) : Scalar(text)
      return MappingKey(scalar: scalar, info: NodeInfo(mark: .start, endMark: .start))
    }
    let entries = MappingEntries(keys: keys[...], values: [10, 11, 12, 13][...])
    #expect(entries.map(\.key.text) == ["a", "1", "1", "~"])
    #expect(entries.map(\.value) == [10, 11, 12, 13])
    #expect(entries[2].key.isString && !entries[1].key.isString, "a quoted 1 is a string key")
  }

  @Test func blockLayoutsAreRecordedOnlyForBuildersThatWantThem() throws {
    let text = Array("a: |\n    indented\nb: >\n  folded\n".utf8)
    var builder = EntryRecorder()
    _ = try YAMLReader.compose(text, file: "b.yaml", into: &builder)
    #expect(builder.blockIndentations == [nil, nil])
    let node = try YAMLReader.parse(text, file: "b.yaml")
    #expect(node["a"]?.scalar?.blockIndentation == 4)
    #expect(node["b"]?.scalar?.blockIndentation == 2)
  }
}
