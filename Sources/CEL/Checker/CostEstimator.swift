/// Estimates, before any evaluation, the most an expression may cost on values within the sizes
/// that `SizeHints` give: nodes outside loops, each loop's iterations times its body, and the
/// bytes or elements that calls scan and build, in the units the run-time meter charges
/// (`EvaluationLimits`). Sums and products saturate at `Int.max`.
///
/// Sizes flow with the expression: a field of a variable has the size its path is hinted, a loop
/// variable the size of its range's elements, a call's result at most its arguments together.
struct CostEstimator {
  let environment: Environment
  let hints: SizeHints
  /// Values whose sizes are known from an estimate made earlier (a rule's previous `let`s).
  let known: [String: CostEstimate]

  /// The estimate of one node and where in the variables its value lies, if it lies there.
  private struct Node {
    var cost: Int
    var size: ValueSize
    /// The path of the value in the variables, for the hints of its fields and elements.
    var path: [String]?
    /// The value itself, when it is a constant (the rule set's lists).
    var constant: Value?
  }

  /// Loop variables in scope, innermost last.
  private var scopes: [(name: String, node: Node)] = []
  private var references: Set<String> = []
  /// The size of each node visited, by expression id, for the elements a loop collects.
  private var sizes: [Int: ValueSize] = [:]

  init(environment: Environment, hints: SizeHints, known: [String: CostEstimate]) {
    self.environment = environment
    self.hints = hints
    self.known = known
  }

  /// The estimate of `expr`.
  mutating func estimate(_ expr: Expr) -> CostEstimate {
    references = []
    let node = visit(expr)
    return CostEstimate(cost: node.cost, size: node.size, references: references, path: node.path)
  }

  private mutating func visit(_ expr: Expr) -> Node {
    let node = visitKind(expr)
    sizes[expr.id] = node.size
    return node
  }

  private mutating func visitKind(_ expr: Expr) -> Node {
    switch expr.kind {
    case .literal(let constant):
      let value = Value(constant)
      return Node(cost: 0, size: ValueSize(of: value), constant: value)
    case .ident(let name):
      return identifier(name)
    case .select(let operand, let field, let testOnly):
      let base = visit(operand)
      if testOnly { return Node(cost: add(base.cost, 1), size: ValueSize(count: 0)) }
      return member(of: base, field, cost: 1)
    case .call(let function, let target, let args):
      return call(function, target: target, args: args)
    case .list(let elements, _):
      let nodes = elements.map { visit($0) }
      let constants = nodes.compactMap(\.constant)
      return Node(
        cost: add(sum(nodes.map(\.cost)), nodes.count + 1),
        size: ValueSize(count: nodes.count, elementCount: nodes.map(\.size.count).max() ?? 0),
        constant: constants.count == nodes.count ? .list(constants) : nil)
    case .map(let entries):
      let nodes = entries.map { (visit($0.key), visit($0.value)) }
      return Node(
        cost: add(sum(nodes.map { add($0.0.cost, $0.1.cost) }), nodes.count + 1),
        size: ValueSize(count: nodes.count, elementCount: nodes.map(\.1.size.count).max() ?? 0))
    case .message(_, let fields):
      return Node(cost: add(sum(fields.map { visit($0.value).cost }), 1), size: hints.unknown)
    case .comprehension(let loop):
      return comprehension(loop)
    }
  }

  private mutating func identifier(_ name: String) -> Node {
    if let local = scopes.last(where: { $0.name == name }) {
      return Node(cost: 1, size: local.node.size, path: local.node.path, constant: local.node.constant)
    }
    if let value = environment.constants[name] {
      return Node(cost: 1, size: ValueSize(of: value), constant: value)
    }
    references.insert(name)
    if let earlier = known[name] { return Node(cost: 1, size: earlier.size, path: earlier.path) }
    return Node(cost: 1, size: hints.size([name]) ?? hints.unknown, path: [name])
  }

  /// A field of `base` (or, with `field` nil, any element of it).
  private func member(of base: Node, _ field: String?, cost: Int) -> Node {
    let cost = add(base.cost, cost)
    if let constant = base.constant {
      let element: Value? =
        switch constant {
        case .map(let map): field.flatMap { map[.string($0)] }
        default: nil
        }
      if let element { return Node(cost: cost, size: ValueSize(of: element), constant: element) }
      return Node(
        cost: cost, size: ValueSize(count: base.size.elementCount, elementCount: base.size.elementCount))
    }
    if let path = base.path {
      let path = path + [field ?? "*"]
      return Node(cost: cost, size: hints.size(path) ?? hints.unknown, path: path)
    }
    return Node(
      cost: cost, size: ValueSize(count: base.size.elementCount, elementCount: base.size.elementCount))
  }

  private mutating func call(_ function: String, target: Expr?, args: [Expr]) -> Node {
    let operands = (target.map { [visit($0)] } ?? []) + args.map { visit($0) }
    let costs = add(sum(operands.map(\.cost)), 1)
    switch (function, operands.count) {
    case (Operator.index, 2):
      return member(
        of: operands[0], operands[1].constant.flatMap(\.fieldName), cost: add(operands[1].cost, 1))
    case (Operator.optionalSelect, 2), (Operator.optionalIndex, 2):
      // `a.?f` and `a[?k]` read as `a.f` and `a[k]` do; the optional wrapping them is no constant.
      var node = member(
        of: operands[0], operands[1].constant.flatMap(\.fieldName), cost: add(operands[1].cost, 1))
      node.constant = nil
      return node
    case (Operator.conditional, 3):
      return either(operands[1], operands[2], cost: costs)
    case ("or", 2) where target != nil, ("orValue", 2) where target != nil:
      // The receiver or the alternative, which is evaluated only when the receiver is none.
      return either(operands[0], operands[1], cost: costs)
    default:
      // A call builds at most its arguments together, charged as the meter charges building:
      // only calls that may return a string, bytes, list or map build anything.
      let total = sum(operands.map(\.size.count))
      let size = ValueSize(
        count: total, elementCount: operands.map { max($0.size.elementCount, $0.size.count) }.max() ?? 0)
      // The operators the planner runs itself (`!`, `==`, `in`, `@not_strictly_false`) build nothing.
      let builds = environment.registry.declarations[function]?.overloads.contains(where: \.mayBuild) ?? false
      guard builds else { return Node(cost: costs, size: ValueSize(count: 0)) }
      return Node(cost: add(costs, add(1, total / 10)), size: size)
    }
  }

  /// One of two values: as large as the larger, and where a value that lies in the variables lies
  /// when the other is a constant (`x == null ? [] : x`).
  private func either(_ a: Node, _ b: Node, cost: Int) -> Node {
    let path = a.path == b.path || b.constant != nil ? a.path : a.constant != nil ? b.path : nil
    return Node(
      cost: cost,
      size: ValueSize(
        count: max(a.size.count, b.size.count), elementCount: max(a.size.elementCount, b.size.elementCount)),
      path: path)
  }

  private mutating func comprehension(_ loop: Comprehension) -> Node {
    let range = visit(loop.iterRange)
    let iterations = range.size.count
    let element = member(of: range, nil, cost: 0)
    let initial = visit(loop.accuInit)
    // The accumulator starts as its initial value (all of it for `cel.bind`) and may collect an
    // element per iteration.
    var accumulator = initial
    accumulator.cost = 0
    accumulator.size.count = max(initial.size.count, iterations)
    scopes.append((loop.accuVar, accumulator))
    let elementNode = Node(cost: 0, size: element.size, path: element.path, constant: element.constant)
    if let second = loop.iterVar2 {
      // The first variable is a list's index or a map's key: at most as large as an element.
      scopes.append((loop.iterVar, Node(cost: 0, size: element.size)))
      scopes.append((second, elementNode))
    } else {
      scopes.append((loop.iterVar, elementNode))
    }
    let condition = visit(loop.loopCondition)
    let step = visit(loop.loopStep)
    scopes.removeLast(loop.iterVar2 == nil ? 1 : 2)
    let result = visit(loop.result)
    scopes.removeLast()
    let perIteration = add(add(condition.cost, step.cost), 1)
    let cost = add(add(add(range.cost, initial.cost), multiply(iterations, perIteration)), result.cost)
    let size: ValueSize
    switch MacroShape(loop) {
    case .all, .exists, .existsOne: size = ValueSize(count: 0)
    case .collect(_, let transform), .transformMap(_, let transform):
      size = ValueSize(count: iterations, elementCount: sizes[transform.id]?.count ?? hints.unknown.count)
    case .transformMapEntry(_, let entry):
      // Each entry map may add several entries: as many as its own size says.
      let entries = sizes[entry.id] ?? hints.unknown
      size = ValueSize(count: multiply(iterations, max(entries.count, 1)), elementCount: entries.elementCount)
    case nil: size = result.size
    }
    return Node(cost: add(cost, iterations), size: size)
  }

  private func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
  }

  private func multiply(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? .max : product
  }

  private func sum(_ values: [Int]) -> Int { values.reduce(0) { add($0, $1) } }
}

extension Value {
  /// The field a constant index names: `m['key']` reads as `m.key`.
  fileprivate var fieldName: String? {
    if case .string(let name) = self { return name }
    return nil
  }
}
