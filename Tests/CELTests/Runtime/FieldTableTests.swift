import CEL
import Testing

@Suite("Finding a table's field names in a map with one pass")
struct FieldTableTests {
  /// The names the walk finds in `map`, with their values, in the order it calls its body.
  func found(in map: MapValue, _ table: FieldTable) -> [String] {
    var map = map
    var found: [String] = []
    map.updateEntries(named: table) { position, value in
      found.append("\(table.names[position].name)=\(value.debugText)")
      return false
    }
    return found
  }

  @Test func visitsTheNamedEntriesInTheMapsOrder() {
    var map = MapValue(stringKeyed: [("b", .int(2)), ("other", .null), ("a", .int(1))])
    map.set(.int(7), .string("not a field"))
    let table = FieldTable(["a", "b", "missing"].map(FieldName.init))
    #expect(found(in: map, table) == ["b=2", "a=1"])
  }

  @Test func comparesKeysByCodePoint() {
    // "é" as one scalar and as "e" + U+0301: equal as Swift strings, different keys in CEL.
    let map = MapValue(stringKeyed: [
      ("e\u{301}", .int(1)), ("a rather long key, past small strings", .int(2)),
    ])
    let table = FieldTable(["\u{e9}", "a rather long key, past small strings"].map(FieldName.init))
    #expect(found(in: map, table) == ["a rather long key, past small strings=2"])
  }

  @Test func updatesTheNamedEntriesInPlace() {
    var map = MapValue(stringKeyed: [("a", .int(1)), ("other", .int(5)), ("b", .null)])
    map.updateEntries(named: FieldTable(["b", "a"].map(FieldName.init))) { position, value in
      value = .int(Int64(10 + position))
      return position == 0
    }
    #expect(Value.map(map).debugText == "{'a': 11, 'other': 5, 'b': 10}")
    // The entry whose body returned true ("b") counts as filled in by a default.
    #expect(map.contains(field: FieldName("a")) && !map.contains(field: FieldName("b")))
  }

  @Test func aDefaultIsReadButHasDoesNotSeeIt() {
    var map = MapValue(stringKeyed: [("a", .int(1))])
    map.appendDefault(FieldName("d"), .string("x"))
    map.appendDefault(FieldName("a"), .int(9))
    #expect(Value.map(map).debugText == "{'a': 1, 'd': 'x'}")
    #expect(map[FieldName("d")]?.debugText == "'x'")
    #expect(map.contains(.string("d")))
    #expect(!map.contains(field: FieldName("d")))
    #expect(!map.containsNonNull(field: FieldName("d")))
    #expect(map.contains(field: FieldName("a")))
  }
}
