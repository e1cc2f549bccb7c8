/// The `YAMLTreeBuilder` that produces `Node` trees; `YAMLReader.parse` uses it.
public struct NodeBuilder: YAMLTreeBuilder {
  /// Creates a builder.
  public init() {}

  /// A `.scalar` node.
  public func scalar(_ scalar: Scalar, info: NodeInfo) -> Node {
    Node(kind: .scalar(scalar), info: info)
  }

  /// A `.sequence` node.
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

  /// A `.sequence` node that takes the items over.
  public func sequence(taking items: UnsafeMutableBufferPointer<Node>, info: NodeInfo) -> Node {
    Node(kind: .sequence(Self.moved(items)), info: info)
  }

  /// A `.mapping` node that takes the keys and values over.
  public func mapping(taking entries: OwnedMappingEntries<Node>, info: NodeInfo) -> Node {
    let pairs = [Node.Pair](unsafeUninitializedCapacity: entries.count) { pairs, count in
      for index in 0..<entries.count {
        let key = (entries.keys.baseAddress! + index).move()
        let value = (entries.values.baseAddress! + index).move()
        (pairs.baseAddress! + index).initialize(
          to: Node.Pair(key: Node(kind: .scalar(key.scalar), info: key.info), value: value))
      }
      count = entries.count
    }
    return Node(kind: .mapping(pairs), info: info)
  }
}
