extension Planner {
  /// Plans a chain of `&&` (or of `||`) as one node over all its operands, whatever shape the
  /// parser gave the chain: both operators are associative in CEL, errors included.
  ///
  /// Within an `&&` chain, an operand `has(x.f)` directly followed by `x.f != null` on the same
  /// `x` becomes one `HasNonNullNode`, which reads `x.f` once. The chain is folded to a constant
  /// when every operand is one.
  mutating func planLogical(_ expr: Expr, function: String) throws(CompileError) -> any Interpretable {
    var operands: [LogicChainNode.Operand] = []
    for (operand, joinedBy) in Self.chain(of: function, in: expr) {
      let node = try plan(operand)
      let location = Location(joinedBy)
      if function == Operator.logicalAnd, let previous = operands.last?.node as? HasNode,
        Self.isNonNullTest(node, of: previous)
      {
        operands[operands.count - 1] = .init(node: HasNonNullNode(previous), location: location)
      } else {
        operands.append(.init(node: node, location: location))
      }
    }
    if operands.count == 1 { return operands[0].node }
    let node = LogicChainNode(operands, isConjunction: function == Operator.logicalAnd)
    guard operands.allSatisfy({ $0.node is ConstantNode }),
      let value = try? node.eval(Activation(environment: environment))
    else { return node }
    return ConstantNode(value)
  }

  /// The operands of a chain of calls of `function` rooted at `expr`, left to right, each with
  /// the call that joined it.
  private static func chain(of function: String, in expr: Expr) -> [(operand: Expr, joinedBy: Expr)] {
    var operands: [(Expr, Expr)] = []
    func collect(_ operand: Expr, joinedBy parent: Expr) {
      if case .call(function, nil, let args) = operand.kind, args.count == 2 {
        collect(args[0], joinedBy: operand)
        collect(args[1], joinedBy: operand)
      } else {
        operands.append((operand, parent))
      }
    }
    collect(expr, joinedBy: expr)
    return operands
  }

  /// Whether `node` is `x.f != null` (or `null != x.f`) for the `x` and `f` that `has` tests.
  private static func isNonNullTest(_ node: any Interpretable, of has: HasNode) -> Bool {
    guard let test = node as? ConstantEqualityNode, test.negated, case .null = test.constant,
      let select = test.operand as? SelectNode, select.field.name == has.field.name
    else { return false }
    return readsSameValue(select.operand, has.operand)
  }

  /// Whether two nodes certainly read the same value: the same variable or comprehension
  /// variable, or the same field of such reads.
  private static func readsSameValue(_ a: any Interpretable, _ b: any Interpretable) -> Bool {
    switch (a, b) {
    case (let a as VariableNode, let b as VariableNode):
      return a.slot == b.slot
    case (let a as LocalNode, let b as LocalNode):
      return a.index == b.index
    case (let a as SelectNode, let b as SelectNode):
      return a.field.name == b.field.name && readsSameValue(a.operand, b.operand)
    default:
      return false
    }
  }
}
