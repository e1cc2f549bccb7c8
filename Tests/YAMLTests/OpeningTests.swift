import Testing

@testable import YAML

/// Records where each collection opens, as the reader reports it before building the children.
private struct OpeningRecorder: YAMLTreeBuilder {
  var openings: [String] = []
  var keyHashes: [UInt64] = []

  mutating func opening(isMapping: Bool, key: String?, keyHash: UInt64) {
    openings.append((isMapping ? "mapping" : "sequence") + (key.map { " at \($0)" } ?? ""))
    if key != nil { keyHashes.append(keyHash) }
  }

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Int { 0 }
  mutating func sequence(_ items: ArraySlice<Int>, info: NodeInfo) -> Int { 0 }
  mutating func mapping(_ entries: MappingEntries<Int>, info: NodeInfo) -> Int { 0 }
}

@Suite struct OpeningTests {
  private func record(_ text: String) throws -> OpeningRecorder {
    var builder = OpeningRecorder()
    _ = try YAMLReader.compose(Array(text.utf8), file: "o.yaml", into: &builder)
    return builder
  }

  @Test(arguments: [
    "a: {b: [1, {c: 2}]}\nd: []\n",
    #"{"a": {"b": [1, {"c": 2}]}, "d": []}"#,
  ])
  func collectionsOpenWithTheKeyTheyAreTheValueOf(text: String) throws {
    let builder = try record(text)
    #expect(builder.openings == ["mapping", "mapping at a", "sequence at b", "mapping", "sequence at d"])
    #expect(builder.keyHashes == ["a", "b", "d"].map { Scalar($0, style: .doubleQuoted).keyHash })
  }

  @Test func aliasesReplayWithoutOpening() throws {
    let builder = try record("a: &x {b: 1}\nc: *x\n")
    #expect(builder.openings == ["mapping", "mapping at a"])
  }
}
