/// The result of parsing: the expression tree together with the source it came from.
public struct ParsedExpr: Sendable {
  /// The root of the tree.
  public let root: Expr
  /// The source text the offsets in `root` refer to.
  public let source: Source
  /// An id no node uses, larger than all of them: where later passes may continue numbering.
  public let nextID: Int
  /// The range of source offsets (Unicode scalars) each node covers, indexed by `id - 1`; nodes
  /// made by a macro cover the macro call.
  public let spans: [Range<Int>]

  /// Creates a parsed expression.
  public init(root: Expr, source: Source, nextID: Int, spans: [Range<Int>] = []) {
    self.root = root
    self.source = source
    self.nextID = nextID
    self.spans = spans
  }

  /// The source text of `expr`, or nil when its span is unknown.
  public func text(of expr: Expr) -> String? {
    guard spans.indices.contains(expr.id - 1) else { return nil }
    let span = spans[expr.id - 1]
    let scalars = source.text.unicodeScalars
    guard
      let start = scalars.index(scalars.startIndex, offsetBy: span.lowerBound, limitedBy: scalars.endIndex),
      let end = scalars.index(start, offsetBy: span.count, limitedBy: scalars.endIndex)
    else { return nil }
    return String(scalars[start..<end])
  }
}
