extension Checker {
  /// The type of a call: the operators with special typing first, then the declared overloads
  /// of the function, of which at least one must accept the argument types.
  mutating func call(_ expr: Expr, function: String, target: Expr?, args: [Expr]) throws(CompileError)
    -> CELType
  {
    if target == nil, let special = try specialForm(expr, function, args) { return special }
    var name = function
    var arguments: [Expr] = args
    var isMember = target != nil
    if let target {
      // A declared qualified function wins over a constant of the namespace's name, as in the
      // planner: `lists.range(n)` where the host's `lists` is a constant map.
      if let chain = target.nameChain, !scopesContain(chain[0].part),
        environment.slot(of: chain.map(\.part).joined(separator: ".")) == nil,
        environment.registry.contains(chain.map(\.part).joined(separator: ".") + "." + function)
      {
        name = chain.map(\.part).joined(separator: ".") + "." + function
        isMember = false
      } else {
        arguments.insert(target, at: 0)
      }
    }
    // An unknown function is the first thing to report: its arguments may only make sense for
    // the function that was meant (`tasks.fliter(t, ...)` leaves `t` undeclared).
    if Checker.macroNames.contains(name) {
      throw CompileError(
        offset: target == nil ? expr.offset : expr.offset + 1,
        message: "wrong number of arguments to the macro '\(name)'",
        hint: Checker.macroUsage[name]
          ?? "\(name)() takes a variable name and an expression, as in tasks.\(name)(t, t.status == 'open')",
        kind: .macroArguments(name))
    }
    guard environment.registry.declarations[name] != nil else {
      let known = Array(environment.registry.declarations.keys) + Checker.macroNames
      throw .undeclaredFunction(
        name, at: target == nil ? expr.offset : expr.offset + 1, known: known.sorted())
    }
    var argumentTypes: [CELType] = []
    for argument in arguments { argumentTypes.append(try check(argument)) }
    guard
      let dispatcher = environment.registry.dispatcher(name, isMember: isMember, arity: argumentTypes.count)
    else {
      return .dyn  // unknown function or shape: the planner reports it
    }
    var results: [CELType] = []
    for overload in dispatcher.overloads {
      var bindings = TypeBindings()
      if zip(argumentTypes, overload.parameters).allSatisfy({ bindings.accepts($0, for: $1) }) {
        results.append(bindings.substituted(overload.result))
      }
    }
    guard let first = results.first else {
      let shown = argumentTypes.map(\.description).joined(separator: ", ")
      throw CompileError(
        offset: expr.offset,
        message: "found no matching overload for '\(EvalError.displayName(name))' applied to (\(shown))",
        hint: CompileError.numberMixHint(argumentTypes), kind: .noMatchingOverload(name))
    }
    return results.dropFirst().allSatisfy { $0 == first } ? first : .dyn
  }

  /// The macros, which the parser expands, so a misspelling can be matched against them too.
  static let macroNames = [
    "all", "exists", "existsOne", "exists_one", "filter", "has", "map", "sortBy", "transformList",
    "transformMap", "transformMapEntry",
  ]

  /// How to call the macros that do not take a variable name and an expression.
  static let macroUsage: [String: String] = [
    "has": "has() takes one field selection, as in has(feedback.public_text)",
    "sortBy": "sortBy() takes a variable name and a key, as in tasks.sortBy(t, t.due)",
    "transformList":
      "transformList() takes two variable names, an optional filter and an expression, as in "
      + "tasks.transformList(i, t, t.done, i)",
    "transformMap":
      "transformMap() takes two variable names, an optional filter and an expression, as in "
      + "fees.transformMap(name, amount, amount * 2)",
    "transformMapEntry":
      "transformMapEntry() takes two variable names, an optional filter and a map, as in "
      + "fees.transformMapEntry(name, amount, {amount: name})",
  ]

  private func scopesContain(_ name: String) -> Bool {
    scopes.contains { $0.name == name }
  }

  private mutating func specialForm(
    _ expr: Expr, _ function: String, _ args: [Expr]
  ) throws(CompileError) -> CELType? {
    switch (function, args.count) {
    case (Operator.logicalAnd, 2), (Operator.logicalOr, 2):
      for arg in args {
        let type = try check(arg)
        guard TypeBindings.compatible(type, .bool) else {
          throw CompileError(
            offset: expr.offset,
            message: "expected bool operands for '\(EvalError.displayName(function))', found \(type)",
            kind: .typeMismatch)
        }
      }
      return .bool
    case (Operator.conditional, 3):
      let condition = try check(args[0])
      guard TypeBindings.compatible(condition, .bool) else {
        throw CompileError(
          offset: args[0].offset, message: "expected a bool condition, found \(condition)",
          kind: .typeMismatch)
      }
      let whenTrue = try check(args[1])
      let whenFalse = try check(args[2])
      // `x == null ? [] : x` and `has(a.f) ? a.f : null` have the type of the non-trivial branch.
      if Self.isEmptyOrNull(args[1]) { return whenFalse }
      if Self.isEmptyOrNull(args[2]) { return whenTrue }
      return TypeBindings.join(whenTrue, whenFalse)
    case (Operator.equals, 2), (Operator.notEquals, 2):
      let left = try check(args[0])
      let right = try check(args[1])
      if Self.neverEqual(left, right) {
        throw CompileError(
          offset: expr.offset,
          message:
            "found no matching overload for '\(EvalError.displayName(function))' applied to (\(left), \(right))",
          kind: .noMatchingOverload(function))
      }
      return .bool
    case (Operator.notStrictlyFalse, 1):
      _ = try check(args[0])
      return .bool
    case ("dyn", 1):
      _ = try check(args[0])
      return .dyn
    case (Operator.optionalSelect, 2):
      return try optionalSelect(expr, operand: args[0], field: args[1])
    case (ExpressionParser.mapInsert, 2):
      // `transformMapEntry`'s step: say what its expression must be, in the macro's terms.
      let map = try check(args[0])
      let entries = try check(args[1])
      guard TypeBindings.compatible(entries, .map(.dyn, .dyn)) else {
        throw CompileError(
          offset: args[1].offset,
          message: "transformMapEntry() needs a map of entries to add, found \(entries)",
          kind: .typeMismatch)
      }
      return TypeBindings.join(map, entries)
    default:
      return nil
    }
  }

  /// Whether `expr` is `null`, `[]` or `{}`: a branch that stands for "nothing" of any type.
  private static func isEmptyOrNull(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .literal(.null): true
    case .list(let items, _): items.isEmpty
    case .map(let entries): entries.isEmpty
    default: false
    }
  }

  /// Whether values of the two types can never be equal: two different primitive types, except
  /// the numeric ones, which compare across types (`1 == 1.0`).
  static func neverEqual(_ a: CELType, _ b: CELType) -> Bool {
    let primitives: [CELType] = [.int, .uint, .double, .bool, .string, .bytes, .timestamp, .duration]
    let numeric: [CELType] = [.int, .uint, .double]
    guard primitives.contains(a), primitives.contains(b), a != b else { return false }
    return !(numeric.contains(a) && numeric.contains(b))
  }
}
