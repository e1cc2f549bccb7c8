/// `Member = Primary {"." FIELD | "." IDENT "(" [ExprList] ")" | "[" Expr "]"}`.
///
/// Selections, receiver calls and indexing are placed at the offset of their `.` or `[`.
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
        if current.kind == .question {
          throw fail(SyntaxMessage.unsupportedSyntax("[?"), at: open.offset)
        }
        let index = try parseExpr()
        try expectClose(.rightBracket, opening: open, afterElement: false)
        result = try call(Operator.index, [result, index], at: open.offset)
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
      throw fail(SyntaxMessage.unsupportedSyntax(".?"), at: dot.offset)
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
