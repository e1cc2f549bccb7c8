/// `contains`, `startsWith`, `endsWith` and `matches` on strings, comparing code points.
enum StringFunctions {
  static var declarations: [FunctionDecl] {
    [
      member("contains", "contains_string") { $0.codePointsContain($1) },
      member("startsWith", "starts_with_string") { $0.codePointsHavePrefix($1) },
      member("endsWith", "ends_with_string") { $0.codePointsHaveSuffix($1) },
      FunctionDecl(
        "matches", isPure: true,
        [
          Overload("matches", .string, .string, .bool, matches).specialized(by: specializeMatches),
          Overload("matches_string", member: true, .string, .string, .bool, matches)
            .specialized(by: specializeMatches),
        ]),
    ]
  }

  private static func member(
    _ name: String, _ id: String, _ test: @escaping @Sendable (String, String) -> Bool
  ) -> FunctionDecl {
    FunctionDecl(
      name, isPure: true,
      [
        Overload(id, member: true, .string, .string, .bool) { (a: Value, b: Value) throws(EvalError) in
          .bool(test(try a.asString(name), try b.asString(name)))
        }
      ])
  }

  static func matches(_ text: Value, _ pattern: Value) throws(EvalError) -> Value {
    let regex = try RegexPattern(try pattern.asString("matches"))
    return .bool(regex.search(try text.asString("matches")))
  }

  /// Compiles a constant pattern once.
  static func specializeMatches(_ constants: [Value?]) throws(EvalError) -> Implementation? {
    guard constants.count == 2, case .string(let source)? = constants[1] else { return nil }
    let regex = try RegexPattern(source)
    return .binary { (text: Value, _: Value) throws(EvalError) -> Value in
      .bool(regex.search(try text.asString("matches")))
    }
  }
}
