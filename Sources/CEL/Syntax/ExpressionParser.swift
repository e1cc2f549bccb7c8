/// The recursive-descent parser behind `Parser`: one instance parses one token stream.
///
/// Grammar errors stop the parse (by throwing `SyntaxAbort` after recording the error), while
/// errors that leave the tree's shape intact (a reserved identifier, an out-of-range literal, a
/// malformed macro call) are recorded and parsing goes on, so that one pass reports them all.
struct ExpressionParser {
  let source: Source
  let options: ParserOptions
  let tokens: [Token]
  /// Index of the current token in `tokens`.
  var index = 0
  /// Every error so far: the lexer's first, then the parser's.
  var errors: [CELSyntaxError]
  /// Current nesting of `parseExpr` calls, bounded by `options.maxDepth`.
  var depth = 0
  /// The height of each node created so far, indexed by `id - 1`; ids are handed out in order.
  var heights: [Int] = []
  /// The source text each node covers, indexed by `id - 1`: from its first character (or its
  /// first child's) to the end of the last token consumed when it was made.
  var spans: [Range<Int>] = []

  init(source: Source, options: ParserOptions, tokens: [Token], errors: [CELSyntaxError]) {
    self.source = source
    self.options = options
    self.tokens = tokens
    self.errors = errors
  }

  /// The id the next node will get.
  var nextID: Int { heights.count + 1 }

  /// Parses a whole expression, which must use every token.
  mutating func parseRoot() throws(SyntaxAbort) -> Expr {
    let root = try parseExpr()
    guard current.kind == .end else { throw unexpected() }
    return root
  }

  // MARK: Tokens

  /// The current token; `.end` once the input is used up.
  var current: Token {
    tokens.indices.contains(index)
      ? tokens[index] : Token(kind: .end, offset: source.count, end: source.count)
  }

  /// The kind of the token `distance` places ahead of the current one.
  func kind(ahead distance: Int) -> Token.Kind {
    let position = index + distance
    return tokens.indices.contains(position) ? tokens[position].kind : .end
  }

  /// Moves past the current token and returns it; stays put at the end.
  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if token.kind != .end { index += 1 }
    return token
  }

  /// Moves past the current token if it is of `kind`.
  mutating func consume(_ kind: Token.Kind) -> Token? {
    current.kind == kind ? advance() : nil
  }

  /// Consumes the closer of a bracketed construct, or fails saying what was expected.
  mutating func expectClose(
    _ close: Token.Kind, opening: Token, afterElement: Bool
  ) throws(SyntaxAbort) {
    if consume(close) != nil { return }
    let closeText = close.spelling ?? ""
    if current.kind == .end {
      let openText = opening.kind.spelling ?? ""
      throw fail(
        SyntaxMessage.unclosed(openText, close: closeText, openedAt: opening.offset),
        at: current.offset)
    }
    throw unexpected(expected: afterElement ? "',' or '\(closeText)'" : "'\(closeText)'")
  }

  // MARK: Errors

  /// Records an error that does not stop the parse.
  mutating func record(_ message: String, at offset: Int) {
    errors.append(CELSyntaxError(offset: offset, message: message))
  }

  /// Records an error and returns the abort to throw.
  mutating func fail(_ message: String, at offset: Int) -> SyntaxAbort {
    record(message, at: offset)
    return SyntaxAbort()
  }

  /// The abort for an unexpected current token; silent for `.invalid`, which the lexer reported.
  mutating func unexpected(expected: String? = nil) -> SyntaxAbort {
    let token = current
    guard token.kind != .invalid else { return SyntaxAbort() }
    return fail(SyntaxMessage.unexpected(describe(token), expected: expected), at: token.offset)
  }

  /// How a token reads in a message: `')'`, `'foo'`, `'42'`, `string literal`, `end of expression`.
  func describe(_ token: Token) -> String {
    switch token.kind {
    case .end: return "end of expression"
    case .identifier(let name): return "'\(name)'"
    case .quotedIdentifier(let name): return "'`\(name)`'"
    case .string: return "string literal"
    case .bytes: return "bytes literal"
    case .int, .uint, .double:
      let text = source.text(from: token.offset, to: token.end)
      return "'\(text.count > 24 ? String(text.prefix(24)) + "…" : text)'"
    default: return "'\(token.kind.spelling ?? "?")'"
    }
  }

  // MARK: Depth

  /// Enters one level of nesting, failing past `options.maxDepth`.
  mutating func descend(at offset: Int) throws(SyntaxAbort) {
    depth += 1
    if depth > options.maxDepth {
      throw fail(SyntaxMessage.recursionLimit, at: offset)
    }
  }

  /// Leaves one level of nesting.
  mutating func ascend() {
    depth -= 1
  }

  // MARK: Nodes

  /// Creates a node with the next id, failing when the tree would grow taller than `options.maxDepth`.
  mutating func node(_ kind: Expr.Kind, at offset: Int) throws(SyntaxAbort) -> Expr {
    let expr = Expr(id: nextID, offset: offset, kind: kind)
    var height = 1
    for child in expr.children {
      let childIndex = child.id - 1
      if heights.indices.contains(childIndex) {
        height = max(height, heights[childIndex] + 1)
      }
    }
    heights.append(height)
    var start = offset
    for child in expr.children where spans.indices.contains(child.id - 1) {
      start = min(start, spans[child.id - 1].lowerBound)
    }
    let end = max(index > 0 ? tokens[index - 1].end : offset, start)
    spans.append(start..<end)
    if height > options.maxDepth {
      throw fail(SyntaxMessage.recursionLimit, at: offset)
    }
    return expr
  }

  /// Creates a global call node: every operator is one.
  mutating func call(_ function: String, _ args: [Expr], at offset: Int) throws(SyntaxAbort) -> Expr {
    try node(.call(function: function, target: nil, args: args), at: offset)
  }

  /// Creates a literal node.
  mutating func literal(_ constant: Constant, at offset: Int) throws(SyntaxAbort) -> Expr {
    try node(.literal(constant), at: offset)
  }
}
