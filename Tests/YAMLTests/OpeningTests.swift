import Testing

@testable import YAML

/// Records where each collection opens, as the reader reports it before building the children.
private struct OpeningRecorder: YAMLTreeBuilder {
  var openings: [String] = []

  mutating func opening(isMapping: Bool, key: String?) {
    openings.append((isMapping ? "mapping" : "sequence") + (key.map { " at \($0)" } ?? ""))
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
  }

  @Test func aliasesReplayWithoutOpening() throws {
    let builder = try record("a: &x {b: 1}\nc: *x\n")
    #expect(builder.openings == ["mapping", "mapping at a"])
  }
}
