/// `Member = Primary {"." ["?"] FIELD | "." IDENT "(" [ExprList] ")" | "[" ["?"] Expr "]"}`.
///
/// Selections, receiver calls and indexing are placed at the offset of their `.` or `[`. The
/// optional forms `a.?f` and `a[?k]` are calls of `_?._` (with the field name as a string
/// literal, placed at the name) and `_[?_]`, as cel-go parses them.
extension ExpressionParser {
  mutating func parseMember() throws(SyntaxAbort) -> Expr {
    let primary = try parsePrimary()
    return try parseMemberSuffixes(of: primary)
  }

  /// Applies every `.field`, `.f(args)` and `[index]` that follows `operand`.
  mutating func parseMemberSuffixes(of operand: Expr) throws(SyntaxAbort) -> Expr {
    var result = operand
    while true {
      switch current.kind {
      case .dot:
        result = try parseSelectOrCall(on: result)
      case .leftBracket:
        let open = advance()
        let isOptional = consume(.question) != nil
        let index = try parseExpr()
        try expectClose(.rightBracket, opening: open, afterElement: false)
        result = try call(
          isOptional ? Operator.optionalIndex : Operator.index, [result, index], at: open.offset)
      default:
        return result
      }
    }
  }

  private mutating func parseSelectOrCall(on operand: Expr) throws(SyntaxAbort) -> Expr {
    let dot = advance()
    switch current.kind {
    case .identifier(let name):
      advance()
      guard let open = consume(.leftParen) else {
        return try node(.select(operand: operand, field: name, testOnly: false), at: dot.offset)
      }
      let args = try parseArguments(openedBy: open)
      return try callOrMacro(name, target: operand, args: args, at: dot.offset)
    case .quotedIdentifier(let name):
      advance()
      return try node(.select(operand: operand, field: name, testOnly: false), at: dot.offset)
    case .question:
      advance()
      let fieldToken = current
      switch fieldToken.kind {
      case .identifier(let name), .quotedIdentifier(let name):
        advance()
        let field = try literal(.string(name), at: fieldToken.offset)
        return try call(Operator.optionalSelect, [operand, field], at: dot.offset)
      default:
        throw unexpected(expected: "a field name")
      }
    default:
      throw unexpected(expected: "a field name")
    }
  }

  /// `[Expr {"," Expr}] ")"` after an opening parenthesis; no trailing comma, as in CEL's grammar.
  mutating func parseArguments(openedBy open: Token) throws(SyntaxAbort) -> [Expr] {
    var args: [Expr] = []
    if consume(.rightParen) != nil { return args }
    repeat {
      args.append(try parseExpr())
    } while consume(.comma) != nil
    try expectClose(.rightParen, opening: open, afterElement: true)
    return args
  }
}
