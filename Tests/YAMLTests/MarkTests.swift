import Testing

@testable import YAML

/// Every node's position: 1-based lines and columns in characters, 0-based character offsets.
@Suite struct MarkTests {
  static let document = """
    contract:
      id: C-1
      tasks:
        - id: T1
          hours: 3
        - {id: T2, hours: 5}
      notes: "x"

    """

  static let nestedMarks: [([PathStep], Mark)] = [
    (["contract"], mark(2, 3, 12)),
    (["contract", "id"], mark(2, 7, 16)),
    (["contract", "tasks"], mark(4, 5, 33)),
    (["contract", "tasks", 0], mark(4, 7, 35)),
    (["contract", "tasks", 0, "id"], mark(4, 11, 39)),
    (["contract", "tasks", 0, "hours"], mark(5, 14, 55)),
    (["contract", "tasks", 1], mark(6, 7, 63)),
    (["contract", "tasks", 1, "id"], mark(6, 12, 68)),
    (["contract", "tasks", 1, "hours"], mark(6, 23, 79)),
    (["contract", "notes"], mark(7, 10, 91)),
  ]

  @Test(arguments: nestedMarks)
  func nestedNodesKnowWhereTheyStart(path: [PathStep], expected: Mark) throws {
    let node = try #require(try parse(Self.document)[path: path])
    #expect(node.mark == expected)
  }

  @Test func keysKnowWhereTheyStart() throws {
    let root = try parse(Self.document)
    let contract = try #require(root["contract"]?.mapping)
    #expect(contract.map(\.key.mark) == [mark(2, 3, 12), mark(3, 3, 22), mark(7, 3, 84)])
    #expect(root.mapping?.first?.key.mark == mark(1, 1, 0))
  }

  @Test func endMarksFollowLibYAML() throws {
    let root = try parse(Self.document)
    #expect(root[path: ["contract", "tasks", 1]]?.endMark == mark(6, 25, 81))
    #expect(root[path: ["contract", "notes"]]?.endMark == mark(7, 13, 94))
    #expect(root[path: ["contract", "id"]]?.endMark == mark(2, 10, 19))
    // A block collection ends where the next token starts: here, the end of the input.
    #expect(root.endMark == mark(8, 1, 95))
  }

  @Test func rootOfAScalarDocument() throws {
    let node = try parse("  hello\n")
    #expect(node.mark == mark(1, 3, 2))
    #expect(node.resolved == .string("hello"))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let node = try parse("name: \"😀é\"\nnext: ü\n")
    #expect(node["name"]?.endMark == mark(1, 11, 10))
    #expect(node.mapping?[1].key.mark == mark(2, 1, 11))
    #expect(node["next"]?.mark == mark(2, 7, 17))
  }

  @Test func byteOrderMarkIsNotCounted() throws {
    let node = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8))
    #expect(node["a"]?.mark == mark(1, 4, 3))
    #expect(node.mapping?[1].key.mark == mark(2, 1, 5))
  }

  @Test func crlfCountsTwoCharacters() throws {
    let node = try parse("a: 1\r\nb: 2\r\n")
    #expect(node.mapping?[1].key.mark == mark(2, 1, 6))
    #expect(node["b"]?.mark == mark(2, 4, 9))
  }

  @Test func tabsCountOneColumn() throws {
    let node = try parse("a:\t1\nb: [1,\t2]\n")
    #expect(node["a"]?.mark == mark(1, 4, 3))
    #expect(node[path: ["b", 1]]?.mark == mark(2, 8, 12))
  }

  @Test func anchorsAndTagsStartTheNode() throws {
    let node = try parse("a: &x !!str 1\nb: !!seq [2]\n")
    #expect(node["a"]?.mark == mark(1, 4, 3))
    #expect(node["a"]?.endMark == mark(1, 14, 13))
    #expect(node["a"]?.anchor == "x")
    #expect(node["b"]?.mark == mark(2, 4, 17))
  }

  @Test func emptyValuesSitAfterTheColon() throws {
    let node = try parse("a:\nb: 1\n")
    #expect(node["a"]?.isNull == true)
    #expect(node["a"]?.mark == mark(1, 3, 2))
  }

  @Test func blockScalarsStartAtTheIndicator() throws {
    let node = try parse("k: |\n  one\n  two\nnext: 1\n")
    #expect(node["k"]?.mark == mark(1, 4, 3))
    #expect(node["k"]?.endMark == mark(4, 1, 17))
    #expect(node["k"]?.scalar?.blockIndentation == 2)
  }

  @Test func markDescriptionAndOrder() {
    #expect(mark(3, 7, 40).description == "3:7")
    #expect(mark(1, 2, 1) < mark(2, 1, 5))
    #expect(Mark.start == mark(1, 1, 0))
  }
}
