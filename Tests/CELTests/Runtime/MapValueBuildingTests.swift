import CEL
import Testing

@Suite("Maps built one distinct field at a time")
struct MapValueBuildingTests {
  @Test(arguments: [0, 1, 3, 16, 17, 40])
  func matchTheMapsBuiltKeyByKey(count: Int) {
    let names = (0..<count).map { "k\($0)" } + ["é", "", "a rather long key, past small strings"]
    let values = names.indices.map { Value.list([.int(Int64($0)), .string("v\($0)")]) }
    let built = MapValue(distinctFieldCount: names.count) { position in
      (FieldName(names[position]), values[position])
    }
    let slow = MapValue(stringKeyed: Array(zip(names, values)))
    #expect(built.count == slow.count)
    #expect(built.entries.map(\.key.debugText) == slow.entries.map(\.key.debugText))
    #expect(Value.map(built).debugText == Value.map(slow).debugText)
    for name in names {
      #expect(built[FieldName(name)]?.debugText == slow[name]?.debugText)
      #expect(built[.string(name)]?.debugText == slow[name]?.debugText)
    }
    #expect(built["missing"] == nil)
  }

  @Test func growsAndCopiesOnWriteLikeOtherMaps() {
    var map = MapValue(distinctFieldCount: 2) { position in
      let name = position == 0 ? "a" : "b"
      return (FieldName(name), .int(Int64(position)))
    }
    let copy = map
    map.set(.string("a"), .bool(true))
    map.set(.string("c"), .null)
    #expect(map.count == 3)
    #expect(map["a"]?.boolValue == true)
    #expect(copy["a"]?.debugText == "0", "the copy is not changed")
  }
}
