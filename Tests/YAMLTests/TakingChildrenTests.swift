import Testing

@testable import YAML

/// `NodeBuilder` through the slice-based methods only: the protocol's defaults move the children
/// into arrays for it.
private struct CopyingNodeBuilder: YAMLTreeBuilder {
  var nodes = NodeBuilder()

  func scalar(_ scalar: Scalar, info: NodeInfo) -> Node { nodes.scalar(scalar, info: info) }
  func sequence(_ items: ArraySlice<Node>, info: NodeInfo) -> Node { nodes.sequence(items, info: info) }
  func mapping(_ entries: MappingEntries<Node>, info: NodeInfo) -> Node { nodes.mapping(entries, info: info) }
}

/// Builders that take children over build what builders that copy them build: the same
/// trees, marks and errors, through anchors and aliases, nesting, keys of every kind and JSON.
@Suite struct TakingChildrenTests {
  static let documents = [
    "a: [1, true, ~]\nb: {c: x}\n",
    "base: &b {x: 1, y: [a, b]}\none: *b\ntwo: [*b, *b]\n",
    "- &s hello\n- *s\n- {*s : 1, k: *s}\n",
    "list: &l\n  - [1, [2, [3, {deep: yes}]]]\n  - {}\n  - []\ncopy: *l\n",
    "1: int\n'01': string\n1.0: double\ntrue: bool\n~: null\n\"q\": quoted\n",
    "text: |\n  line one\n  line two\nfolded: >-\n  a\n  b\n",
    "{\"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": {}, \"d\": []}}",
    "[{\"id\": 1}, {\"id\": 2, \"tags\": [\"x\", \"y\"]}]",
    "",
    "just a scalar",
  ]

  private func compose<Builder: YAMLTreeBuilder>(_ text: String, with builder: Builder) throws(YAMLError)
    -> Builder.Output
  {
    var builder = builder
    return try YAMLReader.compose(Array(text.utf8), file: testFile, into: &builder)
  }

  @Test(arguments: documents)
  func buildTheSameTrees(text: String) throws {
    let taken = try compose(text, with: NodeBuilder())
    #expect(try compose(text, with: CopyingNodeBuilder()) == taken)
  }

  @Test(arguments: documents)
  func keepTheSameMarks(text: String) throws {
    func marks(_ node: Node) -> [NodeInfo] {
      switch node.kind {
      case .scalar: [node.info]
      case .sequence(let items): [node.info] + items.flatMap(marks)
      case .mapping(let pairs): [node.info] + pairs.flatMap { [$0.key.info] + marks($0.value) }
      }
    }
    let taken = try compose(text, with: NodeBuilder())
    #expect(marks(try compose(text, with: CopyingNodeBuilder())) == marks(taken))
  }

  @Test(arguments: [
    "a: 1\nb: [x, {c: 1, c: 2}]\n", "k: &k v\nm: {v: 1, *k : 2}\n", "{\"a\": [1], \"a\": 2}",
    "a: [1, 2\n", "x: *missing\n",
  ])
  func throwTheSameErrors(text: String) {
    func error<Builder: YAMLTreeBuilder>(with builder: Builder) -> YAMLError? {
      do {
        _ = try compose(text, with: builder)
        return nil
      } catch {
        return error
      }
    }
    let taken = error(with: NodeBuilder())
    #expect(taken != nil)
    #expect(error(with: CopyingNodeBuilder())?.description == taken?.description)
  }
}
