/// Macro expansion: calls that look like `has(a.f)`, `r.all(x, p)`, `r.exists(x, p)`,
/// `r.exists_one(x, p)` (or `existsOne`), `r.map(x, t)`, `r.map(x, p, t)`, `r.filter(x, p)`,
/// `cel.bind(v, init, e)` and `o.optMap(v, e)`, `o.optFlatMap(v, e)` are rewritten while parsing into a field-presence test or a
/// `Comprehension`, exactly as cel-go lowers them, so later passes only know the one loop form.
/// The quantifiers also take two variables (`r.all(k, v, p)`: index or key, then element or
/// value), as do the macros of `ExpressionParser+ExtensionMacros.swift`.
///
/// Nodes the expansion creates sit at the offset of the macro call. A malformed macro call (its
/// variable not a simple name, `has` of something other than a field) is reported and the call is
/// kept as a plain call so that parsing continues.
extension ExpressionParser {
  /// The accumulator variable of the standard macros; `@` keeps it out of reach of user names.
  static let accumulator = "@result"
  /// The accumulator name older cel-go versions used; also refused as an iteration variable.
  static let legacyAccumulator = "__result__"
  /// The iteration variable of `cel.bind`, which iterates over nothing.
  static let unusedIterationVariable = "#unused"

  /// A call node, or its expansion when it matches a macro and macros are enabled.
  mutating func callOrMacro(
    _ function: String, target: Expr?, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr {
    if options.expandsMacros, let expanded = try expandMacro(function, target: target, args: args, at: offset)
    {
      // The expansion stands for the whole call, target and parentheses included.
      var start = offset
      if let target, spans.indices.contains(target.id - 1) {
        start = min(start, spans[target.id - 1].lowerBound)
      }
      if spans.indices.contains(expanded.id - 1), index > 0 {
        spans[expanded.id - 1] = start..<tokens[index - 1].end
      }
      return expanded
    }
    return try node(.call(function: function, target: target, args: args), at: offset)
  }

  private mutating func expandMacro(
    _ function: String, target: Expr?, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr? {
    switch (function, target, args.count) {
    case ("has", .none, 1):
      return try expandHas(args[0], at: offset)
    case ("all", .some(let range), 2), ("all", .some(let range), 3):
      return try expandQuantifier(.all, range: range, args: args, at: offset)
    case ("exists", .some(let range), 2), ("exists", .some(let range), 3):
      return try expandQuantifier(.exists, range: range, args: args, at: offset)
    case ("exists_one", .some(let range), 2), ("existsOne", .some(let range), 2),
      ("exists_one", .some(let range), 3), ("existsOne", .some(let range), 3):
      return try expandQuantifier(.existsOne, range: range, args: args, at: offset)
    case ("map", .some(let range), 2), ("map", .some(let range), 3), ("filter", .some(let range), 2),
      ("transformList", .some(let range), 3), ("transformList", .some(let range), 4):
      return try expandListBuilder(function, range: range, args: args, at: offset)
    case ("transformMap", .some(let range), 3), ("transformMap", .some(let range), 4),
      ("transformMapEntry", .some(let range), 3), ("transformMapEntry", .some(let range), 4):
      return try expandMapBuilder(function, range: range, args: args, at: offset)
    case ("sortBy", .some(let list), 2):
      return try expandSortBy(list, args: args, at: offset)
    case ("bind", .some(let namespace), 3) where namespace.kind == .ident("cel"):
      return try expandBind(args, at: offset)
    case ("optMap", .some(let optional), 2), ("optFlatMap", .some(let optional), 2):
      return try expandOptionalMap(function, optional: optional, args: args, at: offset)
    default:
      return nil
    }
  }

  /// `has(a.f)` becomes the presence test `a.f~test-only`, placed at the `.` of `a.f` (not at the
  /// macro call) so that an error about the field points at it.
  private mutating func expandHas(_ argument: Expr, at offset: Int) throws(SyntaxAbort) -> Expr? {
    guard case .select(let operand, let field, testOnly: false) = argument.kind else {
      record(SyntaxMessage.invalidHasArgument, at: argument.offset)
      return nil
    }
    return try node(.select(operand: operand, field: field, testOnly: true), at: argument.offset)
  }

  private enum Quantifier {
    case all, exists, existsOne
  }

  /// `all`: `@result = true`, continue while `@not_strictly_false(@result)`, step `@result && p`.
  /// `exists`: `@result = false`, continue while `@not_strictly_false(!@result)`, step `@result || p`.
  /// `exists_one`: count matches with `p ? @result + 1 : @result`, result `@result == 1`.
  /// The predicate is the last argument, after one or two variables.
  private mutating func expandQuantifier(
    _ quantifier: Quantifier, range: Expr, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr? {
    guard let (variable, second) = loopVariables(args.dropLast()) else { return nil }
    let predicate = args[args.count - 1]
    let initial: Expr
    let condition: Expr
    let step: Expr
    let result: Expr
    switch quantifier {
    case .all:
      initial = try literal(.bool(true), at: offset)
      condition = try call(Operator.notStrictlyFalse, [try accumulator(at: offset)], at: offset)
      step = try call(Operator.logicalAnd, [try accumulator(at: offset), predicate], at: offset)
      result = try accumulator(at: offset)
    case .exists:
      initial = try literal(.bool(false), at: offset)
      let notResult = try call(Operator.logicalNot, [try accumulator(at: offset)], at: offset)
      condition = try call(Operator.notStrictlyFalse, [notResult], at: offset)
      step = try call(Operator.logicalOr, [try accumulator(at: offset), predicate], at: offset)
      result = try accumulator(at: offset)
    case .existsOne:
      initial = try literal(.int(0), at: offset)
      condition = try literal(.bool(true), at: offset)
      let increment = try call(
        Operator.add, [try accumulator(at: offset), try literal(.int(1), at: offset)], at: offset)
      step = try call(Operator.conditional, [predicate, increment, try accumulator(at: offset)], at: offset)
      result = try call(
        Operator.equals, [try accumulator(at: offset), try literal(.int(1), at: offset)], at: offset)
    }
    let loop = Comprehension(
      iterVar: variable, iterVar2: second, iterRange: range, accuVar: Self.accumulator, accuInit: initial,
      loopCondition: condition, loopStep: step, result: result)
    return try node(.comprehension(loop), at: offset)
  }

  /// `map(x, t)`: step `@result + [t]`; `map(x, p, t)`: step `p ? @result + [t] : @result`;
  /// `filter(x, p)`: step `p ? @result + [x] : @result`; all start from `[]` and never stop early.
  /// `transformList(i, v, t)` and `transformList(i, v, p, t)` are `map` with two variables.
  mutating func expandListBuilder(
    _ function: String, range: Expr, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr? {
    let variableCount = function == "transformList" ? 2 : 1
    guard let (variable, second) = loopVariables(args.prefix(variableCount)) else { return nil }
    let element: Expr
    let filter: Expr?
    switch (function, args.count - variableCount) {
    case ("filter", _): (element, filter) = (args[0], args[1])
    case (_, 2): (element, filter) = (args[args.count - 1], args[args.count - 2])
    default: (element, filter) = (args[args.count - 1], nil)
    }
    let initial = try node(.list([]), at: offset)
    let condition = try literal(.bool(true), at: offset)
    let appended = try node(.list([element]), at: offset)
    var step = try call(Operator.add, [try accumulator(at: offset), appended], at: offset)
    if let filter {
      step = try call(Operator.conditional, [filter, step, try accumulator(at: offset)], at: offset)
    }
    let loop = Comprehension(
      iterVar: variable, iterVar2: second, iterRange: range, accuVar: Self.accumulator, accuInit: initial,
      loopCondition: condition, loopStep: step, result: try accumulator(at: offset))
    return try node(.comprehension(loop), at: offset)
  }

  /// `cel.bind(v, init, e)` evaluates `e` with `v` bound to `init`: a loop over an empty list whose
  /// accumulator is `v`, so the result expression sees it (cel-go's `ext.Bindings`).
  private mutating func expandBind(_ args: [Expr], at offset: Int) throws(SyntaxAbort) -> Expr? {
    guard case .ident(let name) = args[0].kind, !name.hasPrefix(".") else {
      record(SyntaxMessage.bindVariableNotSimple, at: args[0].offset)
      return nil
    }
    return try binding(name, to: args[1], in: args[2], at: offset)
  }

  /// `result` evaluated with `name` bound to `initial`: the loop `cel.bind` lowers to.
  mutating func binding(_ name: String, to initial: Expr, in result: Expr, at offset: Int) throws(SyntaxAbort)
    -> Expr
  {
    let loop = Comprehension(
      iterVar: Self.unusedIterationVariable, iterRange: try node(.list([]), at: offset),
      accuVar: name, accuInit: initial, loopCondition: try literal(.bool(false), at: offset),
      loopStep: try node(.ident(name), at: offset), result: result)
    return try node(.comprehension(loop), at: offset)
  }

  /// The one or two loop variables a macro's first arguments name, or nil after reporting why
  /// they cannot be: each must be a simple name other than the accumulator's, and two must differ.
  mutating func loopVariables(_ arguments: ArraySlice<Expr>) -> (String, String?)? {
    guard let first = arguments.first, let variable = iterationVariable(first) else { return nil }
    guard arguments.count == 2, let last = arguments.last else { return (variable, nil) }
    guard let second = iterationVariable(last) else { return nil }
    guard second != variable else {
      record(SyntaxMessage.duplicateIterationVariable(second), at: last.offset)
      return nil
    }
    return (variable, second)
  }

  /// The iteration variable a macro's first argument names, or nil after reporting why it cannot be one.
  private mutating func iterationVariable(_ argument: Expr) -> String? {
    guard case .ident(let name) = argument.kind, !name.hasPrefix(".") else {
      record(SyntaxMessage.iterationVariableNotSimple, at: argument.offset)
      return nil
    }
    guard name != Self.accumulator, name != Self.legacyAccumulator else {
      record(SyntaxMessage.iterationVariableOverwritesAccumulator, at: argument.offset)
      return nil
    }
    return name
  }

  mutating func accumulator(at offset: Int) throws(SyntaxAbort) -> Expr {
    try node(.ident(Self.accumulator), at: offset)
  }
}
