import Testing

@testable import CEL

/// The map's single-allocation storage: copy-on-write, growth, the index of large maps, and
/// keys of every kind.
@Suite("Map storage")
struct MapValueStorageTests {
  private func numbered(_ count: Int) -> MapValue {
    var map = MapValue()
    for index in 0..<count { map.set(.string("k\(index)"), .int(Int64(index))) }
    return map
  }

  @Test(arguments: [0, 1, 4, 5, 16, 17, 40])
  func growsFromEmptyAndFindsEveryEntry(count: Int) {
    let map = numbered(count)
    #expect(map.count == count)
    #expect(map.isEmpty == (count == 0))
    #expect(map.entries.map(\.key.debugText) == (0..<count).map { "'k\($0)'" }, "insertion order")
    #expect(map.keys.map(\.debugText) == (0..<count).map { "'k\($0)'" })
    for index in 0..<count {
      #expect(map["k\(index)"]?.debugText == "\(index)")
      #expect(map[FieldName("k\(index)")]?.debugText == "\(index)")
      #expect(map[.string("k\(index)")]?.debugText == "\(index)")
    }
    #expect(map["k\(count)"] == nil)
  }

  @Test(arguments: [3, 16, 17, 40])
  func copiesAreIndependent(count: Int) {
    var map = numbered(count)
    let copy = map
    map.set(.string("k0"), .bool(true))
    map.set(.string("new"), .null)
    #expect(copy["k0"]?.debugText == "0", "replacing does not change the copy")
    #expect(copy["new"] == nil, "appending does not change the copy")
    #expect(copy.count == count)
    #expect(map.count == count + 1)
    #expect(map["k0"]?.boolValue == true)
    #expect(map["new"]?.debugText == "null")

    var other = copy
    let inserted = other.insertNew(.string("fresh"), .int(1))
    let reinserted = other.insertNew(.string("k1"), .int(9))
    #expect(inserted)
    #expect(!reinserted, "an existing key is not inserted again")
    #expect(other["k1"]?.debugText == "1")
    #expect(copy["fresh"] == nil)
  }

  @Test(arguments: [2, 20])
  func nonStringKeysUseCELKeyEquality(count: Int) {
    var map = numbered(count)
    let stored = [
      map.set(.int(1), .string("one")), map.set(.bool(true), .string("yes")),
      map.set(.uint(UInt64.max), .string("max")), map.set(.double(1.5), .null),
    ]
    #expect(stored == [true, true, true, false], "doubles are not keys")
    #expect(map[.uint(1)]?.stringValue == "one")
    #expect(map[.double(1.0)]?.stringValue == "one")
    #expect(map[.bool(true)]?.stringValue == "yes")
    #expect(map[.uint(UInt64.max)]?.stringValue == "max")
    #expect(map[.string("1")] == nil, "the string \"1\" is another key")
    map.set(.uint(1), .string("uno"))
    #expect(map[.int(1)]?.stringValue == "uno", "1u replaces the entry stored under 1")
    #expect(map.count == count + 3)
    #expect(map.keys.contains { $0.celEquals(.int(1)) }, "the first key written is kept")
  }

  @Test(arguments: [3, 30])
  func equalityIgnoresOrderAndStorage(count: Int) {
    let forward = numbered(count)
    var backward = MapValue()
    for index in (0..<count).reversed() { backward.set(.string("k\(index)"), .int(Int64(index))) }
    #expect(Value.map(forward).celEquals(.map(backward)))
    var changed = backward
    changed.set(.string("k0"), .int(-1))
    #expect(!Value.map(forward).celEquals(.map(changed)))
    #expect(Value.map(forward).celEquals(.map(backward)), "the original is unchanged")
  }

  @Test func equalityFindsKeysOfEveryKindAndComparesValuesAsCEL() {
    var numbers = MapValue()
    numbers.set(.int(1), .double(2))
    numbers.set(.bool(true), .list([.string("a")]))
    numbers.set(.string("k"), .map(numbered(2)))
    var same = MapValue()
    same.set(.string("k"), .map(numbered(2)))
    same.set(.uint(1), .int(2))
    same.set(.bool(true), .list([.string("a")]))
    #expect(Value.map(numbers).celEquals(.map(same)), "1u finds 1, and 2 equals 2.0")
    var other = same
    other.set(.string("k"), .map(numbered(3)))
    #expect(!Value.map(numbers).celEquals(.map(other)), "a nested map differs")
    var fewer = MapValue()
    fewer.set(.int(1), .double(2))
    #expect(!Value.map(numbers).celEquals(.map(fewer)))
    #expect(!Value.map(fewer).celEquals(.map(numbers)))
    var elsewhere = MapValue()
    elsewhere.set(.int(2), .double(2))
    #expect(!Value.map(fewer).celEquals(.map(elsewhere)), "the same count, another key")
  }

  @Test func keysThatDifferOnlyInNormalFormAreDistinct() {
    var map = MapValue()
    map.set(.string("\u{E9}"), .int(1))
    map.set(.string("e\u{301}"), .int(2))
    #expect(map.count == 2)
    #expect(map["\u{E9}"]?.debugText == "1")
    #expect(map["e\u{301}"]?.debugText == "2")
    let long = String(repeating: "x", count: 40)
    map.set(.string(long), .int(3))
    #expect(map[String(repeating: "x", count: 40)]?.debugText == "3", "equal texts in other storage")
  }
}
