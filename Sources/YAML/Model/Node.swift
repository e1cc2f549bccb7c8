/// A node of a YAML document, carrying where it was written.
///
/// Mappings keep their pairs in source order; keys are always scalars (the reader rejects
/// complex keys) and never repeat.
public struct Node: Sendable, Hashable {
  /// What a node holds.
  public enum Kind: Sendable, Hashable {
    /// A scalar: text, style and resolved value.
    case scalar(Scalar)
    /// A sequence of nodes, in order.
    case sequence([Node])
    /// A mapping, its pairs in source order.
    case mapping([Pair])
  }

  /// A mapping entry: a scalar key node and its value.
  public struct Pair: Sendable, Hashable {
    /// The key; always a `.scalar` node.
    public var key: Node
    /// The value.
    public var value: Node

    /// Creates a pair.
    public init(key: Node, value: Node) {
      self.key = key
      self.value = value
    }
  }

  /// The node's content.
  public var kind: Kind
  /// The node's marks and properties together.
  public var info: NodeInfo

  /// Creates a node from its content and source information.
  public init(kind: Kind, info: NodeInfo) {
    self.kind = kind
    self.info = info
  }

  /// Where the node starts (at its anchor or tag if it has one).
  public var mark: Mark {
    get { info.mark }
    set { info.mark = newValue }
  }

  /// Where the node ends, as libyaml reports it (see `NodeInfo.endMark`).
  public var endMark: Mark {
    get { info.endMark }
    set { info.endMark = newValue }
  }

  /// The explicit tag in full form (`tag:yaml.org,2002:str`), if any.
  public var tag: String? {
    get { info.tag }
    set { info.tag = newValue }
  }

  /// The anchor name, if any; a node replayed through an alias keeps its anchor and marks.
  public var anchor: String? {
    get { info.anchor }
    set { info.anchor = newValue }
  }
}
