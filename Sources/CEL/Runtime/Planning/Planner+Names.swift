extension Planner {
  /// Plans an identifier or a chain of field selections on one, resolving the longest
  /// dot-separated prefix that names a declared variable (`a.b.c` may be a variable `a.b.c`,
  /// or field `c` of a variable `a.b`) or a type (`google.protobuf.Timestamp`).
  mutating func planName(_ expr: Expr) throws(CompileError) -> any Interpretable {
    guard let chain = expr.nameChain else {
      guard case .select(let operand, let field, _) = expr.kind else {
        return try unsupported(
          CompileError(offset: expr.offset, message: "unexpected expression", kind: .unsupported), at: expr)
      }
      return SelectNode(try plan(operand), field: field, at: Location(expr))
    }
    let parts = chain.map(\.part)
    if let local = local(named: parts[0]) {
      return selecting(chain.dropFirst(), from: local)
    }
    for length in stride(from: parts.count, through: 1, by: -1) {
      let name = parts[..<length].joined(separator: ".")
      if let slot = environment.slot(of: name) {
        let node = VariableNode(slot: slot, at: Location(chain[length - 1].expr))
        return selecting(chain.dropFirst(length), from: node)
      }
      if let value = environment.constants[name] {
        return selecting(chain.dropFirst(length), from: ConstantNode(value))
      }
      if let type = CELType.denoted(by: name) {
        return selecting(chain.dropFirst(length), from: ConstantNode(.type(type)))
      }
    }
    return try unsupported(.undeclaredReference(parts[0], at: expr.offset), at: chain[0].expr)
  }

  /// The dotted name of an identifier chain that is not a comprehension variable, if any.
  func qualifiedName(_ expr: Expr) -> String? {
    guard let chain = expr.nameChain, local(named: chain[0].part) == nil else { return nil }
    return chain.map(\.part).joined(separator: ".")
  }

  private func selecting(
    _ rest: ArraySlice<(part: String, expr: Expr)>, from node: any Interpretable
  ) -> any Interpretable {
    var current = node
    for (field, expr) in rest {
      // A field of a constant map is itself a constant; a missing one stays a node, so that
      // the error surfaces only if the selection is reached.
      if let constant = current as? ConstantNode, case .map(let map) = constant.value, let value = map[field]
      {
        current = ConstantNode(value)
      } else {
        current = SelectNode(current, field: field, at: Location(expr))
      }
    }
    return current
  }
}
