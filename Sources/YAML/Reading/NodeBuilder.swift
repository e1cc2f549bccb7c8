/// The `YAMLTreeBuilder` that produces `Node` trees; `YAMLReader.parse` uses it.
public struct NodeBuilder: YAMLTreeBuilder {
  /// Creates a builder.
  public init() {}

  /// A `.scalar` node.
  public func scalar(_ scalar: Scalar, info: NodeInfo) -> Node {
    Node(kind: .scalar(scalar), info: info)
  }

  /// A `.sequence` node, which keeps the array of `items`.
  public func sequence(_ items: ArraySlice<Node>, info: NodeInfo) -> Node {
    Node(kind: .sequence(Array(items)), info: info)
  }

  /// A `.mapping` node whose keys are `.scalar` nodes.
  public func mapping(_ entries: MappingEntries<Node>, info: NodeInfo) -> Node {
    var pairs: [Node.Pair] = []
    pairs.reserveCapacity(entries.count)
    for (key, value) in zip(entries.keys, entries.values) {
      pairs.append(Node.Pair(key: Node(kind: .scalar(key.scalar), info: key.info), value: value))
    }
    return Node(kind: .mapping(pairs), info: info)
  }
}
