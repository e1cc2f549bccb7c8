/// Where a node sits in its source and the properties (tag, anchor) written on it.
public struct NodeInfo: Sendable, Hashable {
  /// The node's first character: its anchor or tag if it has one, else its content
  /// (the opening quote, bracket, `|` or `>`, or the first character of a plain scalar).
  public var mark: Mark
  /// The position just past the node, as libyaml reports it; for a block collection this is
  /// the start of the next token, for a block scalar the start of the line after it.
  public var endMark: Mark
  /// Tag and anchor, boxed because they are rare: most nodes pay one pointer for them.
  @usableFromInline var properties: Properties?

  /// Creates node information from its marks and properties.
  @inlinable
  public init(mark: Mark, endMark: Mark, tag: String? = nil, anchor: String? = nil) {
    self.mark = mark
    self.endMark = endMark
    properties = Properties.make(tag: tag, anchor: anchor)
  }

  /// The explicit tag in full form (`tag:yaml.org,2002:str` for `!!str`, `!` for the
  /// non-specific tag), or `nil` when the node has none.
  @inlinable
  public var tag: String? {
    get { properties?.tag }
    set { properties = Properties.make(tag: newValue, anchor: anchor) }
  }

  /// The anchor name written with `&`, or `nil`.
  @inlinable
  public var anchor: String? {
    get { properties?.anchor }
    set { properties = Properties.make(tag: tag, anchor: newValue) }
  }

  /// Compares marks, tags and anchors.
  public static func == (lhs: NodeInfo, rhs: NodeInfo) -> Bool {
    lhs.mark == rhs.mark && lhs.endMark == rhs.endMark && lhs.tag == rhs.tag && lhs.anchor == rhs.anchor
  }

  /// Hashes marks, tag and anchor.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(mark)
    hasher.combine(endMark)
    hasher.combine(tag)
    hasher.combine(anchor)
  }

  /// An immutable box for a node's tag and anchor.
  @usableFromInline
  final class Properties: Sendable {
    @usableFromInline let tag: String?
    @usableFromInline let anchor: String?

    @inlinable
    init(tag: String?, anchor: String?) {
      self.tag = tag
      self.anchor = anchor
    }

    /// A box for the properties, or `nil` when there are none.
    @inlinable
    static func make(tag: String?, anchor: String?) -> Properties? {
      tag == nil && anchor == nil ? nil : Properties(tag: tag, anchor: anchor)
    }
  }
}
