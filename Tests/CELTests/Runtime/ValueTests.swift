import CEL
import Testing

@Suite("Values")
struct ValueTests {
  @Test func mapsFindNumericKeysAcrossKinds() {
    var map = MapValue()
    let stored = [
      map.set(.int(1), .string("one")), map.set(.uint(9_223_372_036_854_775_808), .string("max")),
      map.set(.double(2), .null), map.set(.null, .null),
    ]
    #expect(stored == [true, true, false, false], "doubles and null are not valid keys")
    #expect(map[.uint(1)]?.stringValue == "one")
    #expect(map[.double(1)]?.stringValue == "one")
    #expect(map[.double(9.223_372_036_854_775_808e18)]?.stringValue == "max")
    #expect(map[.double(1.5)] == nil)
    #expect(map[.int(-1)] == nil)
  }

  @Test func mapsKeepInsertionOrderAndReplaceDuplicates() {
    var map = MapValue(stringKeyed: (0..<20).map { ("k\($0)", .int(Int64($0))) })
    map.set(.string("k3"), .bool(true))
    #expect(map.count == 20)
    #expect(map.entries.map(\.key.debugText).prefix(3) == ["'k0'", "'k1'", "'k2'"])
    #expect(map["k3"]?.boolValue == true)
    #expect(map["k19"]?.debugText == "19")
    #expect(map["k20"] == nil)
  }

  @Test func mapsAreValues() {
    let original = MapValue(stringKeyed: [("a", .int(1))])
    var copy = original
    copy.set(.string("a"), .int(2))
    #expect(original["a"]?.debugText == "1")
    #expect(copy["a"]?.debugText == "2")
  }

  @Test func stringKeysCompareByCodePoint() {
    let map = MapValue(stringKeyed: [("\u{E9}", .int(1))])
    #expect(map["\u{E9}"] != nil)
    #expect(map["e\u{301}"] == nil, "no Unicode normalisation")
  }

  @Test(arguments: [
    (Value.double(123.456), "123.456"), (.double(1e21), "1e+21"), (.double(100_000), "100000"),
    (.double(1_000_000), "1e+06"), (.double(0.0001), "0.0001"), (.double(0.00001), "1e-05"),
    (.double(-0.0), "-0"), (.double(.infinity), "+Inf"), (.double(.nan), "NaN"),
    (.int(-5), "-5"), (.uint(5), "5"), (.bool(false), "false"),
    (.timestamp(Timestamp(seconds: -1, nanos: 500_000_000)), "1969-12-31T23:59:59.5Z"),
    (.duration(Duration(nanoseconds: -1_500)), "-0.0000015s"), (.type(.list(.int)), "list"),
  ])
  func convertsToStrings(_ value: Value, _ expected: String) throws {
    #expect(try Value.string(from: value) == expected)
  }

  @Test func describesValuesAsLiterals() {
    let value = Value.list([
      .string("it's"), .uint(3), .double(2), .bytes([0, 65]), .null,
      .map(MapValue(stringKeyed: [("k", .bool(true))])),
    ])
    #expect(value.debugText == "['it\\'s', 3u, 2.0, b'\\x00A', null, {'k': true}]")
  }

  @Test func mapsBuiltFromParallelKeysAndValuesKeepOrderAndFindEveryKey() {
    let keys = (0..<40).map { "key\($0)" }
    let map = MapValue(stringKeys: keys, values: keys.indices.map { Value.int(Int64($0)) })
    #expect(map.count == 40)
    #expect(map.entries.map(\.key.debugText) == keys.map { "'\($0)'" })
    for (index, key) in keys.enumerated() { #expect(map[key]?.debugText == String(index)) }
    #expect(map["missing"] == nil)
    let small = MapValue(stringKeys: ["a", "b", "a"], values: [.int(1), .int(2), .int(3)])
    #expect(small.count == 2)
    #expect(small["a"]?.debugText == "3")
  }
}
