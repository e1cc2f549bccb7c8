import Testing

@testable import YAML

/// A value tree built straight from events, as the engine builds CEL values from snapshots.
enum Value: Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case list([Value])
  case map([String: Value])
}

/// Builds `Value`s and counts calls.
struct ValueBuilder: YAMLTreeBuilder {
  var calls = 0

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) -> Value {
    calls += 1
    switch scalar.resolved {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .double(let number): return .double(number)
    case .string(let text): return .string(text)
    }
  }

  mutating func sequence(_ items: ArraySlice<Value>, info: NodeInfo) -> Value {
    calls += 1
    return .list(Array(items))
  }

  mutating func mapping(_ entries: MappingEntries<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    calls += 1
    var map: [String: Value] = [:]
    for entry in entries {
      guard entry.key.isString else {
        throw YAMLError(kind: .builder, file: "", mark: entry.keyInfo.mark, message: "keys must be strings")
      }
      map[entry.key.text] = entry.value
    }
    return .map(map)
  }
}

@Suite struct BuilderTests {
  @Test func buildsValuesWithoutANodeTree() throws {
    var builder = ValueBuilder()
    let value = try YAMLReader.compose(
      Array("a: [1, true, ~]\nb: {c: x}\n".utf8), file: "v.yaml", into: &builder)
    #expect(value == .map(["a": .list([.int(1), .bool(true), .null]), "b": .map(["c": .string("x")])]))
    #expect(builder.calls == 7)
  }

  @Test func jsonTakesTheSameBuilder() throws {
    var builder = ValueBuilder()
    let value = try YAMLReader.compose(
      Array(#"{"a":[1,2.5],"b":"\ud83d\ude00"}"#.utf8), file: "v.json", into: &builder)
    #expect(value == .map(["a": .list([.int(1), .double(2.5)]), "b": .string("😀")]))
    #expect(builder.calls == 5)
  }

  @Test func aliasesReplayTheBuiltOutput() throws {
    var builder = ValueBuilder()
    let value = try YAMLReader.compose(
      Array("a: &x [1, 2]\nb: *x\nc: *x\n".utf8), file: "v.yaml", into: &builder)
    #expect(
      value
        == .map([
          "a": .list([.int(1), .int(2)]), "b": .list([.int(1), .int(2)]), "c": .list([.int(1), .int(2)]),
        ]))
    // The anchored sequence is built once (3 calls) and replayed; plus the root mapping.
    #expect(builder.calls == 4)
  }

  @Test func builderErrorsCarryTheirMarkAndTheFile() throws {
    var builder = ValueBuilder()
    #expect(
      throws: YAMLError(kind: .builder, file: "v.yaml", mark: mark(2, 1, 5), message: "keys must be strings")
    ) {
      try YAMLReader.compose(Array("a: 1\n2: b\n".utf8), file: "v.yaml", into: &builder)
    }
  }

  @Test func fallbackFromJSONStartsTheBuilderAfresh() throws {
    var builder = ValueBuilder()
    let value = try YAMLReader.compose(Array("[1, 2, {a: b}]".utf8), file: "v.yaml", into: &builder)
    #expect(value == .list([.int(1), .int(2), .map(["a": .string("b")])]))
    #expect(builder.calls == 5)
  }

  @Test func mappingEntriesPairKeysWithValues() {
    let keys = [
      MappingKey(scalar: Scalar("a"), info: NodeInfo(mark: .start, endMark: .start)),
      MappingKey(scalar: Scalar("b"), info: NodeInfo(mark: .start, endMark: .start)),
    ]
    let entries = MappingEntries(keys: keys[...], values: [1, 2][...])
    #expect(entries.map(\.key.text) == ["a", "b"])
    #expect(entries.map(\.value) == [1, 2])
    #expect(entries[1].value == 2)
  }

  @Test func nodeAccessors() throws {
    let node = try parse("s: text\nn: ~\nl: [1]\nm: {k: v}\n1: int key\n")
    #expect(node["s"]?.string == "text")
    #expect(node["n"]?.isNull == true)
    #expect(node["n"]?.string == nil)
    #expect(node["l"]?[0]?.resolved == .int(1))
    #expect(node["l"]?[1] == nil)
    #expect(node[path: ["m", "k"]]?.string == "v")
    #expect(node["1"] == nil)
    #expect(node["missing"] == nil)
    #expect(node["s"]?["x"] == nil)
    #expect(node.mapping?.count == 5)
    #expect(node["l"]?.sequence?.count == 1)
    #expect(node["s"]?.mapping == nil)
    #expect(node["m"]?.scalar == nil)
  }
}
