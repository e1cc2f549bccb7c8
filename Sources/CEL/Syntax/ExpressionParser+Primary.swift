/// `Primary = ["."] IDENT ["(" [ExprList] ")"] | ["."] IDENT {"." IDENT} "{" [FieldInits] "}"
///          | "(" Expr ")" | "[" [ExprList] [","] "]" | "{" [MapInits] [","] "}" | LITERAL`,
/// where a list element, a map entry and a field initializer may start with `?` (optional).
///
/// Primaries are placed at their first character.
extension ExpressionParser {
  /// Words reserved by the CEL specification; they cannot name variables or functions, but, as in
  /// cel-go, they remain valid field names (`msg.package`) and receiver-call names.
  static let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
    "package", "namespace", "return", "var", "void", "while",
  ]

  mutating func parsePrimary() throws(SyntaxAbort) -> Expr {
    let token = current
    switch token.kind {
    case .dot:
      advance()
      guard case .identifier = current.kind else { throw unexpected(expected: "an identifier") }
      return try parseName(leadingDot: token)
    case .identifier:
      return try parseName(leadingDot: nil)
    case .leftParen:
      advance()
      let inner = try parseExpr()
      try expectClose(.rightParen, opening: token, afterElement: false)
      // The parentheses are part of the operand's text: `(a + 2) * 3` reads back whole.
      spans[inner.id - 1] = token.offset..<tokens[index - 1].end
      return inner
    case .leftBracket:
      return try parseList()
    case .leftBrace:
      return try parseMap()
    case .int(let magnitude):
      advance()
      guard let magnitude, let value = Int64(exactly: magnitude) else {
        record(SyntaxMessage.intOutOfRange, at: token.offset)
        return try literal(.int(0), at: token.offset)
      }
      return try literal(.int(value), at: token.offset)
    case .uint(let value):
      advance()
      return try literal(.uint(value), at: token.offset)
    case .double(let value):
      advance()
      return try literal(.double(value), at: token.offset)
    case .string(let value):
      advance()
      return try literal(.string(value), at: token.offset)
    case .bytes(let value):
      advance()
      return try literal(.bytes(value), at: token.offset)
    case .true, .false:
      advance()
      return try literal(.bool(token.kind == .true), at: token.offset)
    case .null:
      advance()
      return try literal(.null, at: token.offset)
    case .quotedIdentifier(let name):
      throw fail(SyntaxMessage.quotedIdentifierOutsideField(name), at: token.offset)
    default:
      throw unexpected()
    }
  }

  /// An identifier, a global call or a message construction; the current token is the identifier.
  private mutating func parseName(leadingDot: Token?) throws(SyntaxAbort) -> Expr {
    let first = current
    guard case .identifier(let name) = first.kind else { throw unexpected(expected: "an identifier") }
    let start = leadingDot?.offset ?? first.offset
    if Self.reservedWords.contains(name) {
      record(SyntaxMessage.reservedIdentifier(name), at: first.offset)
    }
    let prefix = leadingDot == nil ? "" : "."
    if let parts = messageNameAhead() {
      index += parts.count * 2 - 1
      return try parseMessage(typeName: prefix + parts.joined(separator: "."), at: start)
    }
    advance()
    if let open = consume(.leftParen) {
      let args = try parseArguments(openedBy: open)
      return try callOrMacro(prefix + name, target: nil, args: args, at: start)
    }
    return try node(.ident(prefix + name), at: start)
  }

  /// The parts of `a.b.c` when the tokens from the current one read `a . b . c {`, else nil.
  private func messageNameAhead() -> [String]? {
    var parts: [String] = []
    var distance = 0
    while case .identifier(let part) = kind(ahead: distance) {
      parts.append(part)
      switch kind(ahead: distance + 1) {
      case .dot: distance += 2
      case .leftBrace: return parts
      default: return nil
      }
    }
    return nil
  }

  /// `"{" [FIELD ":" Expr {"," FIELD ":" Expr}] [","] "}"`; the current token is the brace.
  private mutating func parseMessage(typeName: String, at offset: Int) throws(SyntaxAbort) -> Expr {
    let open = advance()
    var fields: [FieldInitializer] = []
    while current.kind != .rightBrace {
      let isOptional = consume(.question) != nil
      let fieldToken = current
      let field: String
      switch fieldToken.kind {
      case .identifier(let name), .quotedIdentifier(let name):
        field = name
      default:
        throw unexpected(expected: "a field name")
      }
      advance()
      guard consume(.colon) != nil else { throw unexpected(expected: "':'") }
      let value = try parseExpr()
      fields.append(
        FieldInitializer(field: field, value: value, offset: fieldToken.offset, isOptional: isOptional))
      if consume(.comma) == nil { break }
    }
    try expectClose(.rightBrace, opening: open, afterElement: true)
    return try node(.message(typeName: typeName, fields: fields), at: offset)
  }

  /// `"[" [["?"] Expr {"," ["?"] Expr}] [","] "]"`.
  private mutating func parseList() throws(SyntaxAbort) -> Expr {
    let open = advance()
    var elements: [Expr] = []
    var optionalIndices: [Int] = []
    while current.kind != .rightBracket {
      if consume(.question) != nil { optionalIndices.append(elements.count) }
      elements.append(try parseExpr())
      if consume(.comma) == nil { break }
    }
    try expectClose(.rightBracket, opening: open, afterElement: true)
    return try node(.list(elements, optionalIndices: optionalIndices), at: open.offset)
  }

  /// `"{" [["?"] Expr ":" Expr {"," ["?"] Expr ":" Expr}] [","] "}"`.
  private mutating func parseMap() throws(SyntaxAbort) -> Expr {
    let open = advance()
    var entries: [MapEntry] = []
    while current.kind != .rightBrace {
      let isOptional = consume(.question) != nil
      let key = try parseExpr()
      guard consume(.colon) != nil else { throw unexpected(expected: "':'") }
      let value = try parseExpr()
      entries.append(MapEntry(key: key, value: value, isOptional: isOptional))
      if consume(.comma) == nil { break }
    }
    try expectClose(.rightBrace, opening: open, afterElement: true)
    return try node(.map(entries), at: open.offset)
  }
}
