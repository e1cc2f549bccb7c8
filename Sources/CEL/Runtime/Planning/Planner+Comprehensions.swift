extension Planner {
  /// Plans a comprehension: the shapes the standard macros lower to get dedicated nodes, any
  /// other loop the general one.
  mutating func planComprehension(
    _ loop: Comprehension, at expr: Expr
  ) throws(CompileError) -> any Interpretable {
    let range = try plan(loop.iterRange)
    if let macro = try planMacro(loop, range: range, at: Location(expr)) { return macro }
    let accuInit = try plan(loop.accuInit)
    let accuIndex = pushLocal(loop.accuVar, accumulator: true)
    let iterIndex = pushLocal(loop.iterVar)
    let condition = try planLoopBody(loop.loopCondition)
    let step = try planLoopBody(loop.loopStep)
    popLocal()
    let result = try plan(loop.result)
    popLocal()
    let node = ComprehensionNode(
      range: range, accuInit: accuInit, loopCondition: condition.node, loopStep: step.node, result: result,
      iterIndex: iterIndex, accuIndex: accuIndex, iterationCost: condition.cost + step.cost,
      at: Location(expr))
    return BuildingNode(node, at: Location(expr))
  }

  /// The dedicated node of `all`, `exists`, `exists_one`, `map` or `filter`, when the loop has
  /// exactly the shape that macro lowers to; nil otherwise.
  private mutating func planMacro(
    _ loop: Comprehension, range: any Interpretable, at location: Location
  ) throws(CompileError) -> (any Interpretable)? {
    guard let shape = MacroShape(loop) else { return nil }
    let iterIndex = pushLocal(loop.iterVar)
    defer { popLocal() }
    switch shape {
    case .all(let predicate), .exists(let predicate):
      let isUniversal = if case .all = shape { true } else { false }
      let body = try planLoopBody(predicate)
      return QuantifierNode(
        range: range, predicate: body.node, iterIndex: iterIndex, isUniversal: isUniversal,
        iterationCost: body.cost, at: location)
    case .existsOne(let predicate):
      let body = try planLoopBody(predicate)
      return ExistsOneNode(
        range: range, predicate: body.node, iterIndex: iterIndex, iterationCost: body.cost, at: location)
    case .collect(let filter, let transform):
      let filterBody = try filter.map { (e: Expr) throws(CompileError) in try planLoopBody(e) }
      let keepsElement = if case .ident(loop.iterVar) = transform.kind { true } else { false }
      let transformBody = keepsElement ? nil : try planLoopBody(transform)
      let node = CollectNode(
        range: range, filter: filterBody?.node, transform: transformBody?.node, iterIndex: iterIndex,
        iterationCost: 1 + (filterBody?.cost ?? 0) + (transformBody?.cost ?? 0), at: location)
      return BuildingNode(node, at: location)
    }
  }
}
