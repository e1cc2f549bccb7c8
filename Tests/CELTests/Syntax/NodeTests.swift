import CEL
import Testing

@Suite struct NodeTests {
  @Test(arguments: [
    "a + b * c", "x.all(y, y > 0) && has(m.f)", "cel.bind(v, [1, 2], v.map(e, e * 2))",
    "Msg{a: [1, {2: 3}]}.a[0] ? f(x) : -y", "x.filter(y, y > 1).exists_one(z, z)",
  ])
  func idsAreUniqueAndHandedOutChildrenFirst(_ text: String) throws {
    let parsed = try Parser().parse(text)
    let nodes = allNodes(parsed.root)
    let ids = nodes.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0 >= 1 && $0 < parsed.nextID })
    for node in nodes {
      #expect(node.children.allSatisfy { $0.id < node.id })
    }
    #expect(parsed.source.text == text)
  }

  @Test(arguments: [
    // Operators and member accesses sit at their operator token.
    ("a + b", 2),
    ("a ? b : c", 2),
    ("a && b", 2),
    ("x in y", 2),
    ("x.f(y)", 1),
    ("x.f", 1),
    ("a[0]", 1),
    ("  -x", 2),
    ("!x", 0),
    // Everything else at its first character.
    ("-1", 0),
    ("  f(x)", 2),
    (".f(x)", 0),
    (".a", 0),
    ("[1]", 0),
    ("{1: 2}", 0),
    ("pkg.Msg{}", 0),
    ("'é' + b", 4),
    ("'🐱' + b", 4),
  ])
  func rootOffset(_ example: (source: String, offset: Int)) {
    #expect(parsedRoot(example.source)?.offset == example.offset)
  }

  @Test func childrenComeInSourceOrder() throws {
    let call = try #require(parsedRoot("f(a).g(b, c)"))
    #expect(call.children.map(\.debugDescription) == ["f(a)", "b", "c"])
    let map = try #require(parsedRoot("{k1: v1, k2: v2}"))
    #expect(map.children.map(\.debugDescription) == ["k1", "v1", "k2", "v2"])
    let loop = try #require(parsedRoot("r.all(x, p)"))
    #expect(
      loop.children.map(\.debugDescription) == [
        "r", "true", "@not_strictly_false(@result)", "_&&_(@result, p)", "@result",
      ])
    #expect(try #require(parsedRoot("Msg{a: 1}")).children.map(\.debugDescription) == ["1"])
  }

  @Test func operandsKeepTheirOwnOffsets() throws {
    let root = try #require(parsedRoot("alpha + beta"))
    #expect(root.children.map(\.offset) == [0, 8])
  }

  @Test func debugDescriptionQuotesLiterals() {
    #expect(
      render(#"["a\"b\\", '\n\t\r\u0001', b'\x00a"\xff', 1.0, 1e100, 2u, null, true]"#)
        == #"["a\"b\\", "\n\t\r\u0001", b"\x00a\"\xff", 1.0, 1e+100, 2u, null, true]"#)
  }
}
