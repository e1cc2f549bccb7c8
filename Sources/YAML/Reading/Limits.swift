/// Bounds that keep hostile or broken input from exhausting time, memory or stack.
public struct Limits: Sendable, Hashable {
  /// The largest input accepted, in bytes (default 8 MiB).
  public var maxBytes: Int
  /// The deepest nesting of collections accepted, counting an alias as deep as the node it
  /// replays (default 128).
  public var maxDepth: Int
  /// The most nodes that aliases may replay in one document, counting every node of each
  /// replayed subtree (default 10,000).
  public var maxAliasExpansion: Int
  /// Nodes replayed through aliases may not exceed this multiple of the document's own nodes
  /// (default 10); together with `maxAliasExpansion` this stops "billion laughs" documents.
  public var maxAliasExpansionRatio: Int

  /// Creates limits; every parameter defaults to the value of `Limits.default`.
  public init(
    maxBytes: Int = 8 << 20, maxDepth: Int = 128, maxAliasExpansion: Int = 10_000,
    maxAliasExpansionRatio: Int = 10
  ) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxAliasExpansion = maxAliasExpansion
    self.maxAliasExpansionRatio = maxAliasExpansionRatio
  }

  /// 8 MiB, 128 levels, 10,000 replayed nodes and at most ten times the document's own nodes.
  public static let `default` = Limits()
}
