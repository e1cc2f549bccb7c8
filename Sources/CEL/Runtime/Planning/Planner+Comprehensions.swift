extension Planner {
  /// Plans a comprehension: the shapes the standard macros lower to get dedicated nodes, any
  /// other loop the general one. A two-variable loop brings its second variable into scope after
  /// the first.
  mutating func planComprehension(
    _ loop: Comprehension, at expr: Expr
  ) throws(CompileError) -> any Interpretable {
    let range = try plan(loop.iterRange)
    if let macro = try planMacro(loop, range: range, at: Location(expr)) { return macro }
    let accuInit = try plan(loop.accuInit)
    let accuIndex = pushLocal(loop.accuVar, accumulator: true)
    let (iterIndex, valueIndex) = pushLoopVariables(loop)
    let condition = try planLoopBody(loop.loopCondition)
    let step = try planLoopBody(loop.loopStep)
    popLoopVariables(loop)
    let result = try plan(loop.result)
    popLocal()
    let node = ComprehensionNode(
      range: range, accuInit: accuInit, loopCondition: condition.node, loopStep: step.node, result: result,
      iterIndex: iterIndex, valueIndex: valueIndex, accuIndex: accuIndex,
      iterationCost: condition.cost + step.cost, at: Location(expr))
    return BuildingNode(node, at: Location(expr))
  }

  /// The dedicated node of `all`, `exists`, `exists_one`, `map`, `filter`, `transformList`,
  /// `transformMap` or `transformMapEntry`, when the loop has exactly the shape that macro lowers
  /// to; nil otherwise.
  private mutating func planMacro(
    _ loop: Comprehension, range: any Interpretable, at location: Location
  ) throws(CompileError) -> (any Interpretable)? {
    guard let shape = MacroShape(loop) else { return nil }
    let (iterIndex, valueIndex) = pushLoopVariables(loop)
    defer { popLoopVariables(loop) }
    switch shape {
    case .all(let predicate), .exists(let predicate):
      let isUniversal = if case .all = shape { true } else { false }
      let body = try planLoopBody(predicate)
      return QuantifierNode(
        range: range, predicate: body.node, iterIndex: iterIndex, valueIndex: valueIndex,
        isUniversal: isUniversal, iterationCost: body.cost, at: location)
    case .existsOne(let predicate):
      let body = try planLoopBody(predicate)
      return ExistsOneNode(
        range: range, predicate: body.node, iterIndex: iterIndex, valueIndex: valueIndex,
        iterationCost: body.cost, at: location)
    case .collect(let filter, let transform):
      let filterBody = try filter.map { (e: Expr) throws(CompileError) in try planLoopBody(e) }
      // A transform that is a loop variable itself keeps that variable's value (the second
      // variable's scope is the inner one).
      var kept: Int?
      if case .ident(let name) = transform.kind {
        kept = name == loop.iterVar2 ? valueIndex : name == loop.iterVar ? iterIndex : nil
      }
      let transformBody = kept != nil ? nil : try planLoopBody(transform)
      let node = CollectNode(
        range: range, filter: filterBody?.node, transform: transformBody?.node, iterIndex: iterIndex,
        valueIndex: valueIndex, keptIndex: kept ?? iterIndex,
        iterationCost: 1 + (filterBody?.cost ?? 0) + (transformBody?.cost ?? 0), at: location)
      return BuildingNode(node, at: location)
    case .transformMap(let filter, let transform), .transformMapEntry(let filter, let transform):
      let addsEntries = if case .transformMapEntry = shape { true } else { false }
      let filterBody = try filter.map { (e: Expr) throws(CompileError) in try planLoopBody(e) }
      let transformBody = try planLoopBody(transform)
      let node = TransformMapNode(
        range: range, filter: filterBody?.node, transform: transformBody.node, addsEntries: addsEntries,
        iterIndex: iterIndex, valueIndex: valueIndex,
        iterationCost: 1 + (filterBody?.cost ?? 0) + transformBody.cost, at: location)
      return BuildingNode(node, at: location)
    }
  }

  /// Brings a loop's one or two variables into scope; returns their slots.
  private mutating func pushLoopVariables(_ loop: Comprehension) -> (Int, Int?) {
    let first = pushLocal(loop.iterVar)
    return (first, loop.iterVar2.map { pushLocal($0) })
  }

  /// Ends the scope of a loop's variables.
  private mutating func popLoopVariables(_ loop: Comprehension) {
    if loop.iterVar2 != nil { popLocal() }
    popLocal()
  }
}
