/// The result of parsing: the expression tree together with the source it came from.
public struct ParsedExpr: Sendable {
  /// The root of the tree.
  public let root: Expr
  /// The source text the offsets in `root` refer to.
  public let source: Source
  /// An id no node uses, larger than all of them: where later passes may continue numbering.
  public let nextID: Int

  /// Creates a parsed expression.
  public init(root: Expr, source: Source, nextID: Int) {
    self.root = root
    self.source = source
    self.nextID = nextID
  }
}
