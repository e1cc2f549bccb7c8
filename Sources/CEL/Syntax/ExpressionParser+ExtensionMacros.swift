/// The macros of cel-go's extensions that need more than the one-variable loop:
/// `transformMap` and `transformMapEntry` of the two-variable comprehensions (`ext.TwoVarComprehensions`)
/// and `sortBy` of the lists extension (`ext.Lists`), lowered as cel-go lowers them.
extension ExpressionParser {
  /// The function that adds an entry (or a map's entries) to the map a loop builds, failing on a
  /// key already present; `@` keeps it out of reach of user code.
  static let mapInsert = "cel.@mapInsert"
  /// The function `sortBy` lowers to: a list reordered by the order of a list of keys.
  static let sortByAssociatedKeys = "@sortByAssociatedKeys"
  /// The variable `sortBy` binds its list to, so that the list is evaluated once.
  static let sortByInput = "@__sortBy_input__"

  /// `transformMap(k, v, t)`: step `cel.@mapInsert(@result, k, t)`; `transformMapEntry(k, v, t)`:
  /// step `cel.@mapInsert(@result, t)` (`t` a map of entries to add); with a filter `p` before
  /// `t`, the step is `p ? step : @result`. Both start from `{}` and never stop early.
  mutating func expandMapBuilder(
    _ function: String, range: Expr, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr? {
    guard let (key, value) = loopVariables(args.prefix(2)) else { return nil }
    let transform = args[args.count - 1]
    let filter = args.count == 4 ? args[2] : nil
    var inserted = [try accumulator(at: offset)]
    if function == "transformMap" { inserted.append(try node(.ident(key), at: offset)) }
    var step = try call(Self.mapInsert, inserted + [transform], at: offset)
    if let filter {
      step = try call(Operator.conditional, [filter, step, try accumulator(at: offset)], at: offset)
    }
    let loop = Comprehension(
      iterVar: key, iterVar2: value, iterRange: range, accuVar: Self.accumulator,
      accuInit: try node(.map([]), at: offset), loopCondition: try literal(.bool(true), at: offset),
      loopStep: step, result: try accumulator(at: offset))
    return try node(.comprehension(loop), at: offset)
  }

  /// `l.sortBy(x, key)` binds `l` to `@__sortBy_input__` (as `cel.bind` does) and sorts it by the
  /// keys `@__sortBy_input__.map(x, key)`: `@__sortBy_input__.@sortByAssociatedKeys(keys)`. Like
  /// cel-go, it refuses a target that cannot be a list (a literal other than a list, a map).
  mutating func expandSortBy(_ list: Expr, args: [Expr], at offset: Int) throws(SyntaxAbort) -> Expr? {
    switch list.kind {
    case .list, .ident, .select, .call, .comprehension: break
    case .literal, .map, .message:
      record(SyntaxMessage.sortByTargetNotSupported, at: list.offset)
      return nil
    }
    let input = try node(.ident(Self.sortByInput), at: offset)
    guard let keys = try expandListBuilder("map", range: input, args: args, at: offset) else { return nil }
    let sorted = try node(
      .call(
        function: Self.sortByAssociatedKeys, target: try node(.ident(Self.sortByInput), at: offset),
        args: [keys]),
      at: offset)
    let loop = Comprehension(
      iterVar: Self.unusedIterationVariable, iterRange: try node(.list([]), at: offset),
      accuVar: Self.sortByInput, accuInit: list, loopCondition: try literal(.bool(false), at: offset),
      loopStep: try node(.ident(Self.sortByInput), at: offset), result: sorted)
    return try node(.comprehension(loop), at: offset)
  }
}
