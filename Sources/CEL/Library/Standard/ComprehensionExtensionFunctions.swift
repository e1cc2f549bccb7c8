/// The function the `transformMap` and `transformMapEntry` macros of the two-variable
/// comprehensions (cel-go's `ext.TwoVarComprehensions`) lower to: `cel.@mapInsert(m, k, v)` adds
/// an entry, `cel.@mapInsert(m, entries)` the entries of a map, each key new. The planner runs
/// those macros with a dedicated node; the function serves any other loop built the same way.
enum ComprehensionExtensionFunctions {
  static var declarations: [FunctionDecl] {
    let name = ExpressionParser.mapInsert
    let map = CELType.map(.typeA, .typeB)
    return [
      FunctionDecl(
        name, isPure: true,
        [
          Overload("@mapInsert_map_key_value", [map, .typeA, .typeB], map, .variadic(insertEntry)),
          Overload("@mapInsert_map_map", map, map, map) { (target: Value, entries: Value) throws(EvalError) in
            guard case .map(var result) = target else {
              throw EvalError.noSuchOverload(name, [target, entries])
            }
            try result.insertNew(entriesOf: entries)
            return .map(result)
          },
        ])
    ]
  }

  private static func insertEntry(_ arguments: [Value]) throws(EvalError) -> Value {
    guard arguments.count == 3, case .map(var result) = arguments[0] else {
      throw EvalError.noSuchOverload(ExpressionParser.mapInsert, arguments)
    }
    try result.insertNew(checking: arguments[1], arguments[2])
    return .map(result)
  }
}
