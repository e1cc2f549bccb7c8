/// Turns a parsed expression into a tree of nodes: names become slots, calls become
/// dispatchers, constant sub-expressions are evaluated once, and the standard macros become
/// dedicated loop nodes.
struct Planner {
  let environment: Environment
  let options: CompileOptions
  /// Comprehension variables in scope, innermost last.
  private var scopes: [(name: String, node: any Interpretable)] = []
  /// How many comprehension variables the program uses so far.
  private(set) var localCount = 0
  /// The cost units of the nodes planned so far outside loop bodies (see `EvaluationLimits`).
  private(set) var cost = 0

  init(environment: Environment, options: CompileOptions) {
    self.environment = environment
    self.options = options
  }

  /// Plans a whole expression.
  mutating func plan(_ expr: Expr) throws(CompileError) -> any Interpretable {
    cost += 1
    switch expr.kind {
    case .literal(let constant):
      return ConstantNode(Value(constant))
    case .ident, .select(_, _, testOnly: false):
      return try planName(expr)
    case .select(let operand, let field, testOnly: true):
      return HasNode(try plan(operand), field: field, at: Location(expr))
    case .call(let function, let target, let args):
      return try planCall(expr, function: function, target: target, args: args)
    case .list(let elements, let optionalIndices):
      return try planList(elements, optionalIndices: optionalIndices, at: expr)
    case .map(let entries):
      return try planMap(entries, at: expr)
    case .message(let typeName, _):
      return try unsupported(.messageConstruction(typeName, at: expr.offset), at: expr)
    case .comprehension(let comprehension):
      return try planComprehension(comprehension, at: expr)
    }
  }

  /// Plans a loop's body, whose nodes run once per iteration: returns the node and the cost of
  /// one iteration (the body's nodes plus one), which the loop charges as it runs.
  mutating func planLoopBody(_ expr: Expr) throws(CompileError) -> (node: any Interpretable, cost: Int) {
    let outside = cost
    cost = 0
    defer { cost = outside }
    let node = try plan(expr)
    return (node, cost + 1)
  }

  /// The node of a comprehension variable in scope, if `name` is one.
  func local(named name: String) -> (any Interpretable)? {
    scopes.last { $0.name == name }?.node
  }

  /// Brings a comprehension variable into scope with a fresh slot; returns the slot.
  mutating func pushLocal(_ name: String, accumulator: Bool = false) -> Int {
    let index = localCount
    localCount += 1
    let node: any Interpretable = accumulator ? AccumulatorNode(index: index) : LocalNode(index: index)
    scopes.append((name, node))
    return index
  }

  /// Ends the scope of the innermost comprehension variable.
  mutating func popLocal() {
    scopes.removeLast()
  }

  /// What to do with something only detectable as wrong: a compile error when declarations are
  /// checked, otherwise a node that fails when (and only if) it is evaluated.
  func unsupported(_ error: CompileError, at expr: Expr) throws(CompileError) -> any Interpretable {
    if options.checksDeclarations { throw error }
    return ErrorNode(EvalError(error.message), at: Location(expr))
  }

  private mutating func planList(_ elements: [Expr], optionalIndices: [Int], at expr: Expr)
    throws(CompileError) -> any Interpretable
  {
    var nodes: [any Interpretable] = []
    for element in elements { nodes.append(try plan(element)) }
    if !optionalIndices.isEmpty {
      let isOptional = nodes.indices.map { optionalIndices.contains($0) }
      return folded(OptionalListNode(nodes, isOptional: isOptional, at: Location(expr)), operands: nodes)
    }
    let constants = nodes.compactMap { ($0 as? ConstantNode)?.value }
    return constants.count == nodes.count ? ConstantNode(.list(constants)) : ListNode(nodes)
  }

  private mutating func planMap(_ entries: [MapEntry], at expr: Expr) throws(CompileError)
    -> any Interpretable
  {
    var nodes: [(key: any Interpretable, value: any Interpretable)] = []
    for entry in entries { nodes.append((try plan(entry.key), try plan(entry.value))) }
    if entries.contains(where: \.isOptional) {
      let node = OptionalMapNode(nodes, isOptional: entries.map(\.isOptional), at: Location(expr))
      return folded(node, operands: nodes.flatMap { [$0.key, $0.value] })
    }
    let node = MapNode(nodes, at: Location(expr))
    guard nodes.allSatisfy({ $0.key is ConstantNode && $0.value is ConstantNode }),
      let value = try? node.eval(Activation(environment: environment))
    else { return node }
    return ConstantNode(value)
  }

}
