/// Operator precedence, lowest first: `?:`, `||`, `&&`, relations (`== != < <= > >= in`),
/// `+ -`, `* / %`, unary `! -`, then member access and primaries.
///
/// Operators become global calls named as in `Operator`, placed at the operator's offset.
extension ExpressionParser {
  /// `Expr = ConditionalOr ["?" ConditionalOr ":" Expr]`: the conditional is right-associative.
  mutating func parseExpr() throws(SyntaxAbort) -> Expr {
    try descend(at: current.offset)
    defer { ascend() }
    let condition = try parseConditionalOr()
    guard let question = consume(.question) else { return condition }
    let whenTrue = try parseConditionalOr()
    guard consume(.colon) != nil else { throw unexpected(expected: "':'") }
    let whenFalse = try parseExpr()
    return try call(Operator.conditional, [condition, whenTrue, whenFalse], at: question.offset)
  }

  private mutating func parseConditionalOr() throws(SyntaxAbort) -> Expr {
    var terms = [try parseConditionalAnd()]
    var operators: [Int] = []
    while let op = consume(.or) {
      operators.append(op.offset)
      terms.append(try parseConditionalAnd())
    }
    return try joinLogical(Operator.logicalOr, terms, operators)
  }

  private mutating func parseConditionalAnd() throws(SyntaxAbort) -> Expr {
    var terms = [try parseBinary(level: 0)]
    var operators: [Int] = []
    while let op = consume(.and) {
      operators.append(op.offset)
      terms.append(try parseBinary(level: 0))
    }
    return try joinLogical(Operator.logicalAnd, terms, operators)
  }

  /// Joins `a || b || c || d` as `(a || b) || (c || d)` rather than a left-leaning chain, as
  /// cel-go does: the operators are commutative in CEL, and the tree stays shallow however long
  /// the chain. `operators[i]` is the offset of the operator between `terms[i]` and `terms[i + 1]`.
  private mutating func joinLogical(
    _ function: String, _ terms: [Expr], _ operators: [Int]
  ) throws(SyntaxAbort) -> Expr {
    guard !operators.isEmpty else { return terms[0] }
    return try balancedTree(function, terms, operators, 0, operators.count - 1)
  }

  private mutating func balancedTree(
    _ function: String, _ terms: [Expr], _ operators: [Int], _ low: Int, _ high: Int
  ) throws(SyntaxAbort) -> Expr {
    let middle = (low + high + 1) / 2
    let left =
      middle == low ? terms[middle] : try balancedTree(function, terms, operators, low, middle - 1)
    let right =
      middle == high ? terms[middle + 1] : try balancedTree(function, terms, operators, middle + 1, high)
    return try call(function, [left, right], at: operators[middle])
  }

  /// The left-associative binary levels: 0 relations, 1 additive, 2 multiplicative.
  private mutating func parseBinary(level: Int) throws(SyntaxAbort) -> Expr {
    guard level < 3 else { return try parseUnary() }
    var result = try parseBinary(level: level + 1)
    while let function = Self.binaryOperator(current.kind, level: level) {
      let op = advance()
      let rhs = try parseBinary(level: level + 1)
      result = try call(function, [result, rhs], at: op.offset)
    }
    return result
  }

  private static func binaryOperator(_ kind: Token.Kind, level: Int) -> String? {
    switch (level, kind) {
    case (0, .equal): Operator.equals
    case (0, .notEqual): Operator.notEquals
    case (0, .less): Operator.less
    case (0, .lessEqual): Operator.lessEquals
    case (0, .greater): Operator.greater
    case (0, .greaterEqual): Operator.greaterEquals
    case (0, .in): Operator.in
    case (1, .plus): Operator.add
    case (1, .minus): Operator.subtract
    case (2, .star): Operator.multiply
    case (2, .slash): Operator.divide
    case (2, .percent): Operator.modulo
    default: nil
    }
  }

  /// `Unary = Member | "!" {"!"} Member | "-" {"-"} Member`.
  ///
  /// As in cel-go, a run of the same operator cancels in pairs (`!!x` is `x`, `--x` is `x`), and a
  /// single `-` directly before a numeric literal is part of the literal, which is how
  /// `-9223372036854775808` can be written. The two operators do not mix: `!-x` is an error.
  private mutating func parseUnary() throws(SyntaxAbort) -> Expr {
    let first = current
    let function: String
    switch first.kind {
    case .bang: function = Operator.logicalNot
    case .minus: function = Operator.negate
    default: return try parseMember()
    }
    var count = 0
    while consume(first.kind) != nil {
      count += 1
    }
    if count == 1, first.kind == .minus, let negative = try parseNegativeLiteral(minus: first) {
      return try parseMemberSuffixes(of: negative)
    }
    let operand = try parseMember()
    return count.isMultiple(of: 2) ? operand : try call(function, [operand], at: first.offset)
  }

  /// The negated int or double literal after a lone `-`, or nil when no such literal follows.
  private mutating func parseNegativeLiteral(minus: Token) throws(SyntaxAbort) -> Expr? {
    switch current.kind {
    case .int(let magnitude):
      advance()
      let limit = UInt64(Int64.max) + 1
      guard let magnitude, magnitude <= limit else {
        record(SyntaxMessage.intOutOfRange, at: minus.offset)
        return try literal(.int(0), at: minus.offset)
      }
      let value = magnitude == limit ? Int64.min : -Int64(magnitude)
      return try literal(.int(value), at: minus.offset)
    case .double(let value):
      advance()
      return try literal(.double(-value), at: minus.offset)
    default:
      return nil
    }
  }
}
