import CEL
import Testing

@Suite("Maps of distinct, pre-hashed fields")
struct MapValueDistinctFieldsTests {
  /// 64-bit FNV-1a, as a reader computes it for mapping keys.
  private func fnv1a(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  private func prehashed(_ names: [String], _ values: [Value]) -> MapValue {
    MapValue(distinctFields: names.map { FieldName($0, fnv1aHash: fnv1a($0)) }, values: values)
  }

  @Test(arguments: [0, 1, 3, 16, 17, 40])
  func matchTheMapsBuiltKeyByKey(count: Int) {
    let names = (0..<count).map { "k\($0)" } + ["é", ""]
    let values = names.indices.map { Value.int(Int64($0)) }
    let fast = prehashed(names, values)
    let slow = MapValue(stringKeyed: Array(zip(names, values)))
    #expect(fast.count == slow.count)
    #expect(fast.entries.map(\.key.debugText) == slow.entries.map(\.key.debugText))
    #expect(Value.map(fast).debugText == Value.map(slow).debugText)
    for name in names {
      #expect(fast[FieldName(name)]?.debugText == slow[name]?.debugText)
      #expect(fast[.string(name)]?.debugText == slow[name]?.debugText)
    }
    #expect(fast["missing"] == nil)
  }

  @Test func growAndReplaceLikeOtherMaps() {
    var map = prehashed(["a", "b"], [.int(1), .int(2)])
    let copy = map
    map.set(.string("a"), .bool(true))
    map.set(.string("c"), .null)
    #expect(map.count == 3)
    #expect(map["a"]?.boolValue == true)
    #expect(copy["a"]?.debugText == "1", "the copy is not changed")
  }
}
