/// `==`, `!=`, `<`, `<=`, `>`, `>=`: equality is defined for every pair of values; ordering for
/// numbers across kinds and for strings, bytes, bools, timestamps and durations.
enum ComparisonFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        Operator.equals, isPure: true,
        [
          Overload("equals", .typeA, .typeA, .bool) { (a: Value, b: Value) throws(EvalError) in
            .bool(a.celEquals(b))
          }
        ]),
      FunctionDecl(
        Operator.notEquals, isPure: true,
        [
          Overload("not_equals", .typeA, .typeA, .bool) { (a: Value, b: Value) throws(EvalError) in
            .bool(!a.celEquals(b))
          }
        ]),
      ordering(Operator.less, "less") { $0 == .less },
      ordering(Operator.lessEquals, "less_equals") { $0 == .less || $0 == .equal },
      ordering(Operator.greater, "greater") { $0 == .greater },
      ordering(Operator.greaterEquals, "greater_equals") { $0 == .greater || $0 == .equal },
    ]
  }

  /// The kinds that order among themselves, with cel-go's overload id suffixes.
  private static let orderedPairs: [(CELType, CELType, String)] = [
    (.int, .int, "int64"), (.int, .uint, "int64_uint64"), (.int, .double, "int64_double"),
    (.uint, .uint, "uint64"), (.uint, .int, "uint64_int64"), (.uint, .double, "uint64_double"),
    (.double, .double, "double"), (.double, .int, "double_int64"), (.double, .uint, "double_uint64"),
    (.string, .string, "string"), (.bytes, .bytes, "bytes"), (.bool, .bool, "bool"),
    (.timestamp, .timestamp, "timestamp"), (.duration, .duration, "duration"),
  ]

  private static func ordering(
    _ name: String, _ idPrefix: String, _ holds: @escaping @Sendable (Value.Ordering) -> Bool
  ) -> FunctionDecl {
    let body: @Sendable (Value, Value) throws(EvalError) -> Value = { a, b throws(EvalError) in
      guard let order = a.celCompare(b) else { throw EvalError.noSuchOverload(name, [a, b]) }
      return .bool(order != .unordered && holds(order))
    }
    return FunctionDecl(
      name, isPure: true,
      orderedPairs.map { first, second, suffix in
        Overload("\(idPrefix)_\(suffix)", first, second, .bool, body)
      })
  }
}
