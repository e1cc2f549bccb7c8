import Testing

@testable import YAML

/// Anchors and aliases, and the limits that stop alias bombs.
@Suite struct AnchorAliasTests {
  @Test func aliasesReplayTheAnchoredNode() throws {
    let node = try parse("a: &x [1, {b: 2}]\nc: *x\n")
    #expect(node["c"] == node["a"])
    #expect(node["c"]?.anchor == "x")
    #expect(node["c"]?.mark == mark(1, 4, 3))
    #expect(node[path: ["c", 1, "b"]]?.resolved == .int(2))
  }

  @Test func scalarAliasesCanBeKeys() throws {
    let node = try parse("k: &k name\n*k : 1\n")
    #expect(node["name"]?.resolved == .int(1))
    // A key replayed through an alias is where the alias is.
    #expect(node.mapping?[1].key.mark == mark(2, 1, 11))
    #expect(node.mapping?[1].key.endMark == mark(2, 3, 13))
  }

  @Test func laterAnchorsOfTheSameNameWin() throws {
    let node = try parse("- &a 1\n- &a 2\n- *a\n")
    #expect(node[2]?.resolved == .int(2))
  }

  @Test func aliasKeysTakePartInDuplicateDetection() throws {
    let error = try #require(readError("k: &k a\na: 1\n*k : 2\n"))
    #expect(error.kind == .duplicateKey)
    #expect(error.mark == mark(3, 1, 13))
    #expect(error.relatedMark == mark(2, 1, 8))
  }

  @Test func aliasOfACollectionAsKeyIsAComplexKey() throws {
    let error = try #require(readError("a: &x [1]\n*x : 2\n"))
    #expect(error.kind == .complexKey)
    #expect(error.description == "test.yaml:2:1: error: complex mapping keys are not supported")
  }

  @Test(arguments: [
    (
      "a: *nope\n",
      "test.yaml:1:4: error: undefined alias '*nope' (an alias must follow the whole node its anchor names)"
    ),
    (
      "a: &x [1, *x]\n",
      "test.yaml:1:11: error: undefined alias '*x' (an alias must follow the whole node its anchor names)"
    ),
  ])
  func undefinedAliases(source: String, expected: String) throws {
    let error = try #require(readError(source))
    #expect(error.kind == .undefinedAlias)
    #expect(error.description == expected)
  }

  static let billionLaughs = """
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

    """

  @Test func billionLaughsFailsAtTheFirstAliasPastTheLimit() throws {
    // Replayed so far: 9×10 + 9×91 + 9×820 = 8,289 nodes; the first `*d` adds 7,381.
    let error = try #require(readError(Self.billionLaughs))
    #expect(error.kind == .aliasLimit)
    #expect(
      error.description
        == "test.yaml:5:8: error: aliases expand to more than 10000 nodes; the document looks like an alias bomb"
    )
  }

  @Test func billionLaughsAsJSONLikeFlowFailsToo() throws {
    let source =
      "[&a [1,1,1,1,1,1,1,1,1,1], &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a], &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]]"
    let error = try #require(readError(source, limits: Limits(maxAliasExpansion: 500)))
    #expect(error.kind == .aliasLimit)
    // 10×11 = 110 replayed by `b`, then each `*b` adds 111: the fourth passes 500.
    #expect(error.mark == mark(1, 77, 76))
  }

  @Test func replayRatioIsCheckedAgainstTheDocumentsOwnNodes() throws {
    let items = Array(repeating: "0", count: 30).joined(separator: ",")
    let aliases = Array(repeating: "*a", count: 30).joined(separator: ", ")
    let source = "a: &a [\(items)]\nb: [\(aliases)]\n"
    // 65 own nodes allow 650 replayed; each `*a` replays 31, so the 21st alias breaks it.
    let error = try #require(readError(source))
    #expect(error.kind == .aliasLimit)
    #expect(
      error.description
        == "test.yaml:2:85: error: aliases expand to more than 10 times the document's own 65 nodes")
    #expect(readError(source, limits: Limits(maxAliasExpansionRatio: 15)) == nil)
  }

  @Test func aliasesCountTowardsDepth() throws {
    let limits = Limits(maxDepth: 3)
    #expect(readError("a: &x [[1]]\nb: *x\n", limits: limits) == nil)
    let error = try #require(readError("a: &x [[1]]\nb: [*x]\n", limits: limits))
    #expect(error.kind == .depthLimit)
    #expect(error.description == "test.yaml:2:5: error: collections are nested more than 3 deep")
  }
}
