extension Planner {
  /// Plans a call: the logical operators, equality and membership in a literal list get
  /// dedicated nodes, everything else a dispatcher; calls on constants are evaluated now.
  mutating func planCall(
    _ expr: Expr, function: String, target: Expr?, args: [Expr]
  ) throws(CompileError) -> any Interpretable {
    if target == nil, let special = try planSpecialForm(expr, function, args) { return special }
    if let target, args.count == 1, let choice = try planOptionalChoice(expr, function, target, args[0]) {
      return choice
    }
    if let target, let qualified = qualifiedName(target),
      environment.registry.contains(qualified + "." + function),
      environment.slot(of: qualified) == nil
    {
      return try planFunction(
        expr, name: qualified + "." + function, isMember: false, args: try planAll(args))
    }
    let all = (target.map { [$0] } ?? []) + args
    return try planFunction(expr, name: function, isMember: target != nil, args: try planAll(all))
  }

  private mutating func planAll(_ exprs: [Expr]) throws(CompileError) -> [any Interpretable] {
    var nodes: [any Interpretable] = []
    for expr in exprs { nodes.append(try plan(expr)) }
    return nodes
  }

  private mutating func planSpecialForm(
    _ expr: Expr, _ function: String, _ args: [Expr]
  ) throws(CompileError) -> (any Interpretable)? {
    let location = Location(expr)
    switch (function, args.count) {
    case (Operator.logicalAnd, 2), (Operator.logicalOr, 2):
      return try planLogical(expr, function: function)
    case (Operator.conditional, 3):
      let condition = try plan(args[0])
      let whenTrue = try plan(args[1])
      let whenFalse = try plan(args[2])
      if let constant = condition as? ConstantNode, case .bool(let b) = constant.value {
        return b ? whenTrue : whenFalse
      }
      return ConditionalNode(condition, whenTrue, whenFalse, at: location)
    case (Operator.logicalNot, 1):
      let operand = try plan(args[0])
      return folded(NotNode(operand, at: location), operands: [operand])
    case (Operator.notStrictlyFalse, 1):
      return NotStrictlyFalseNode(try plan(args[0]))
    case (Operator.equals, 2), (Operator.notEquals, 2):
      let lhs = try plan(args[0])
      let rhs = try plan(args[1])
      let negated = function == Operator.notEquals
      switch (lhs as? ConstantNode, rhs as? ConstantNode) {
      case (nil, let constant?):
        return ConstantEqualityNode(lhs, constant.value, constantIsLeft: false, negated: negated)
      case (let constant?, nil):
        return ConstantEqualityNode(rhs, constant.value, constantIsLeft: true, negated: negated)
      default:
        return folded(EqualityNode(lhs, rhs, negated: negated), operands: [lhs, rhs])
      }
    case (Operator.in, 2):
      let element = try plan(args[0])
      let container = try plan(args[1])
      if !(element is ConstantNode), let list = container as? ConstantNode,
        case .list(let items) = list.value,
        environment.registry.declarations[Operator.in]?.overloads.count == 2  // no added overloads
      {
        return ConstantListMembershipNode(element, items)
      }
      return try planFunction(expr, name: Operator.in, isMember: false, args: [element, container])
    case ("dyn", 1):
      // `dyn` only tells a checker to stop checking: at run time it is the identity, but its
      // operand's kind must not count as statically known (so no folding through it).
      return DynNode(try plan(args[0]))
    default:
      return nil
    }
  }

  /// Plans a call of a declared function on planned arguments (receiver first).
  private func planFunction(
    _ expr: Expr, name: String, isMember: Bool, args nodes: [any Interpretable]
  ) throws(CompileError) -> any Interpretable {
    guard let declaration = environment.registry.declarations[name] else {
      return try unsupported(.undeclaredFunction(name, at: expr.offset), at: expr)
    }
    guard var dispatcher = environment.registry.dispatcher(name, isMember: isMember, arity: nodes.count)
    else {
      return try unsupported(
        .noMatchingOverload(name, arity: nodes.count, member: isMember, at: expr.offset), at: expr)
    }
    let constants = nodes.map { ($0 as? ConstantNode)?.value }
    let candidates = dispatcher.candidates(for: constants.map { $0?.kind })
    if candidates.isEmpty {
      return try unsupported(
        .noMatchingOverload(name, arity: nodes.count, member: isMember, at: expr.offset), at: expr)
    }
    if candidates.count == 1, let specializer = candidates[0].specializer,
      constants.contains(where: { $0 != nil })
    {
      do {
        if let implementation = try specializer(constants) {
          dispatcher = dispatcher.replacing(candidates[0].id, with: implementation)
        }
      } catch {
        return try unsupported(.invalidArgument(error, at: expr.offset), at: expr)
      }
    }
    let location = Location(expr)
    let node: any Interpretable =
      switch nodes.count {
      case 1: UnaryCallNode(nodes[0], dispatcher, at: location)
      case 2:
        Self.concatenation(nodes[0], nodes[1], dispatcher, at: location)
          ?? Self.binaryCall(nodes[0], nodes[1], dispatcher, at: location)
      case 3: TernaryCallNode(nodes[0], nodes[1], nodes[2], dispatcher, at: location)
      default: CallNode(nodes, dispatcher, at: location)
      }
    let metered = BuildingNode.mayBuild(dispatcher) ? BuildingNode(node, at: location) : node
    return declaration.isPure ? folded(metered, operands: nodes) : metered
  }

  /// A call with two arguments; one that is a constant (but not both: those fold) is held by
  /// the node rather than evaluated on every call.
  private static func binaryCall(
    _ first: any Interpretable, _ second: any Interpretable, _ dispatcher: Dispatcher, at location: Location
  ) -> any Interpretable {
    switch (first as? ConstantNode, second as? ConstantNode) {
    case (nil, let constant?):
      ConstantOperandCallNode(first, constant.value, constantIsFirst: false, dispatcher, at: location)
    case (let constant?, nil):
      ConstantOperandCallNode(second, constant.value, constantIsFirst: true, dispatcher, at: location)
    default:
      BinaryCallNode(first, second, dispatcher, at: location)
    }
  }

  /// `left + right` as one `ConcatenationNode` with the chain of `+` that `left` already is
  /// (`a + b`, or a longer chain), or nil when the call is no `+` or `left` no such chain.
  private static func concatenation(
    _ left: any Interpretable, _ right: any Interpretable, _ dispatcher: Dispatcher, at location: Location
  ) -> ConcatenationNode? {
    guard dispatcher.function == Operator.add else { return nil }
    let operands: [any Interpretable]
    let joins: [Location]
    // A chain is metered as a whole: the building node of the `+` it extends is dropped.
    switch (left as? BuildingNode)?.operand ?? left {
    case let chain as ConcatenationNode where chain.dispatcher === dispatcher:
      operands = chain.operands
      joins = chain.joins
    case let call as BinaryCallNode where call.dispatcher === dispatcher:
      operands = [call.first, call.second]
      joins = [call.location]
    case let call as ConstantOperandCallNode where call.dispatcher === dispatcher:
      let constant = ConstantNode(call.constant)
      operands = call.constantIsFirst ? [constant, call.operand] : [call.operand, constant]
      joins = [call.location]
    default:
      return nil
    }
    return ConcatenationNode(operands + [right], joins: joins + [location], dispatcher)
  }

  /// The node's value as a constant when its operands are constants and evaluating it
  /// succeeds; otherwise the node itself, so that an error surfaces only if it is reached.
  func folded(_ node: any Interpretable, operands: [any Interpretable]) -> any Interpretable {
    guard operands.allSatisfy({ $0 is ConstantNode }) else { return node }
    guard let value = try? node.eval(Activation(environment: environment)) else { return node }
    return ConstantNode(value)
  }
}
