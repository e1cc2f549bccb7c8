extension Planner {
  /// `o.or(p)` and `o.orValue(v)` as nodes that evaluate their argument only when `o` is none,
  /// as cel-go plans them; nil for other calls, or when an environment added overloads of its own.
  mutating func planOptionalChoice(
    _ expr: Expr, _ function: String, _ target: Expr, _ argument: Expr
  ) throws(CompileError) -> (any Interpretable)? {
    guard function == "or" || function == "orValue",
      environment.registry.declarations[function]?.overloads.count == 1
    else { return nil }
    let optional = try plan(target)
    let alternative = try plan(argument)
    let node = OptionalChoiceNode(
      optional, alternative, unwraps: function == "orValue", function: function, at: Location(expr))
    return folded(node, operands: [optional, alternative])
  }
}
