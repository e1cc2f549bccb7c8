extension Expr {
  /// The parts of `a.b.c` with the expression of each, when the expression is such a chain of
  /// identifiers and field selections: the checker and the planner resolve qualified names by it.
  public var nameChain: [(part: String, expr: Expr)]? {
    switch kind {
    case .ident(let name):
      return [(name, self)]
    case .select(let operand, let field, testOnly: false):
      guard let prefix = operand.nameChain else { return nil }
      return prefix + [(field, self)]
    default:
      return nil
    }
  }
}
