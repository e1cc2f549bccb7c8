/// `!`, `&&`, `||`, `?:` and `@not_strictly_false`. The planner gives all but `!` dedicated
/// nodes (they absorb errors); the declarations are here for their signatures.
enum LogicFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        Operator.logicalNot, isPure: true,
        [
          Overload("logical_not", .bool, .bool) { (a: Value) throws(EvalError) -> Value in
            guard case .bool(let b) = a else { throw EvalError.noSuchOverload(Operator.logicalNot, a) }
            return .bool(!b)
          }
        ]),
      FunctionDecl(
        Operator.logicalAnd, isPure: true, [Overload("logical_and", .bool, .bool, .bool, unreachable)]),
      FunctionDecl(
        Operator.logicalOr, isPure: true, [Overload("logical_or", .bool, .bool, .bool, unreachable)]),
      FunctionDecl(
        Operator.conditional, isPure: true,
        [
          Overload(
            "conditional", [.bool, .typeA, .typeA], .typeA, .variadic { _ throws(EvalError) in .null })
        ]),
      FunctionDecl(
        Operator.notStrictlyFalse, isPure: true,
        [Overload("not_strictly_false", .bool, .bool) { (a: Value) throws(EvalError) -> Value in a }]),
    ]
  }

  /// Never called: these operators are planned as dedicated nodes.
  private static func unreachable(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    throw EvalError("internal error: logical operator dispatched as a function")
  }
}
