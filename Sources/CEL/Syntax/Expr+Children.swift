extension Expr {
  /// The node's direct subexpressions: a call's target then arguments, map keys and values in
  /// order, and a comprehension's range, initial value, condition, step and result.
  public var children: [Expr] {
    switch kind {
    case .literal, .ident:
      return []
    case .select(let operand, _, _):
      return [operand]
    case .call(_, let target, let args):
      guard let target else { return args }
      return [target] + args
    case .list(let elements, _):
      return elements
    case .map(let entries):
      return entries.flatMap { [$0.key, $0.value] }
    case .message(_, let fields):
      return fields.map(\.value)
    case .comprehension(let loop):
      return [loop.iterRange, loop.accuInit, loop.loopCondition, loop.loopStep, loop.result]
    }
  }
}
