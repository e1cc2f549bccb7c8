/// The loops the standard macros lower to (cel-go's lowering), recognised structurally: the
/// planner gives them dedicated nodes, the cost estimator their result sizes. Each shape has one
/// or two loop variables (`all(x, p)`, `all(i, v, p)`).
enum MacroShape {
  case all(Expr)
  case exists(Expr)
  case existsOne(Expr)
  /// `map(x, f)`, `map(x, p, f)`, `filter(x, p)` (whose transform is `x` itself), `transformList`.
  case collect(filter: Expr?, transform: Expr)
  /// `transformMap(k, v, f)`, `transformMap(k, v, p, f)`: the map from each `k` to its `f`.
  case transformMap(filter: Expr?, value: Expr)
  /// `transformMapEntry(k, v, e)`, `transformMapEntry(k, v, p, e)`: the entries of each map `e`.
  case transformMapEntry(filter: Expr?, entry: Expr)

  init?(_ loop: Comprehension) {
    let accu = loop.accuVar
    func isAccu(_ e: Expr) -> Bool { if case .ident(accu) = e.kind { true } else { false } }
    func call(_ e: Expr, _ name: String, _ arity: Int) -> [Expr]? {
      guard case .call(name, nil, let args) = e.kind, args.count == arity else { return nil }
      return args
    }
    func literal(_ e: Expr) -> Constant? { if case .literal(let c) = e.kind { c } else { nil } }
    /// `accu + [element]`
    func appended(_ e: Expr) -> Expr? {
      guard let args = call(e, Operator.add, 2), isAccu(args[0]), case .list(let items, _) = args[1].kind,
        items.count == 1
      else { return nil }
      return items[0]
    }
    /// `cel.@mapInsert(accu, k, value)` (keyed by the first loop variable) or `cel.@mapInsert(accu, entry)`.
    func inserted(_ e: Expr) -> MacroShape? {
      guard case .call(ExpressionParser.mapInsert, nil, let args) = e.kind, let first = args.first,
        isAccu(first)
      else { return nil }
      switch args.count {
      case 3:
        guard case .ident(loop.iterVar) = args[1].kind else { return nil }
        return .transformMap(filter: nil, value: args[2])
      case 2: return .transformMapEntry(filter: nil, entry: args[1])
      default: return nil
      }
    }

    let shape: MacroShape
    switch (literal(loop.accuInit), loop.accuInit.kind) {
    case (.bool(true), _):
      guard let condition = call(loop.loopCondition, Operator.notStrictlyFalse, 1), isAccu(condition[0]),
        let step = call(loop.loopStep, Operator.logicalAnd, 2), isAccu(step[0]), isAccu(loop.result)
      else { return nil }
      shape = .all(step[1])
    case (.bool(false), _):
      guard let condition = call(loop.loopCondition, Operator.notStrictlyFalse, 1),
        let negated = call(condition[0], Operator.logicalNot, 1), isAccu(negated[0]),
        let step = call(loop.loopStep, Operator.logicalOr, 2), isAccu(step[0]), isAccu(loop.result)
      else { return nil }
      shape = .exists(step[1])
    case (.int(0), _):
      guard literal(loop.loopCondition) == .bool(true),
        let step = call(loop.loopStep, Operator.conditional, 3),
        let increment = call(step[1], Operator.add, 2), isAccu(increment[0]),
        literal(increment[1]) == .int(1), isAccu(step[2]),
        let result = call(loop.result, Operator.equals, 2), isAccu(result[0]), literal(result[1]) == .int(1)
      else { return nil }
      shape = .existsOne(step[0])
    case (nil, .list(let initial, _)) where initial.isEmpty:
      guard literal(loop.loopCondition) == .bool(true), isAccu(loop.result) else { return nil }
      if let element = appended(loop.loopStep) {
        shape = .collect(filter: nil, transform: element)
      } else if let step = call(loop.loopStep, Operator.conditional, 3), let element = appended(step[1]),
        isAccu(step[2])
      {
        shape = .collect(filter: step[0], transform: element)
      } else {
        return nil
      }
    case (nil, .map(let initial)) where initial.isEmpty:
      guard literal(loop.loopCondition) == .bool(true), isAccu(loop.result) else { return nil }
      if let insert = inserted(loop.loopStep) {
        shape = insert
      } else if let step = call(loop.loopStep, Operator.conditional, 3), isAccu(step[2]) {
        switch inserted(step[1]) {
        case .transformMap(_, let value): shape = .transformMap(filter: step[0], value: value)
        case .transformMapEntry(_, let entry): shape = .transformMapEntry(filter: step[0], entry: entry)
        default: return nil
        }
      } else {
        return nil
      }
    default:
      return nil
    }
    switch shape {
    case .all(let p), .exists(let p), .existsOne(let p):
      guard !p.mentions(accu) else { return nil }
    case .collect(let filter, let transform), .transformMap(let filter, let transform),
      .transformMapEntry(let filter, let transform):
      guard !(filter?.mentions(accu) ?? false), !transform.mentions(accu) else { return nil }
    }
    self = shape
  }
}

extension Expr {
  /// Whether the expression refers to the variable `name`: an identifier `name` in scope of no
  /// comprehension variable of that name. (A nested macro reuses the accumulator's name, which
  /// must not hide the macro shape of the loop around it; `explain` so finds the calls of a loop's
  /// body that read the loop's own variable.)
  public func mentions(_ name: String) -> Bool {
    switch kind {
    case .literal: false
    case .ident(let identifier): identifier == name
    case .select(let operand, _, _): operand.mentions(name)
    case .call(_, let target, let args):
      (target?.mentions(name) ?? false) || args.contains { $0.mentions(name) }
    case .list(let elements, _): elements.contains { $0.mentions(name) }
    case .map(let entries): entries.contains { $0.key.mentions(name) || $0.value.mentions(name) }
    case .message(_, let fields): fields.contains { $0.value.mentions(name) }
    case .comprehension(let c):
      // The range and the initial value are outside the loop's scope; the condition and the
      // step see the loop variables and the accumulator, the result only the accumulator.
      c.iterRange.mentions(name) || c.accuInit.mentions(name)
        || (name != c.iterVar && name != c.iterVar2 && name != c.accuVar
          && (c.loopCondition.mentions(name) || c.loopStep.mentions(name)))
        || (name != c.accuVar && c.result.mentions(name))
    }
  }
}
