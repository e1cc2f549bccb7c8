/// Parses CEL source text into an `Expr` tree, expanding macros.
///
/// ```swift
/// let parsed = try Parser().parse("size(items) > 0 && items.all(i, i.done)")
/// ```
///
/// Node ids are unique and handed out in increasing order. Offsets count Unicode scalars; see
/// `Expr.offset` for which character each kind of node points at.
public struct Parser: Sendable {
  /// The limits and switches in effect.
  public var options: ParserOptions

  /// Creates a parser.
  public init(options: ParserOptions = .init()) {
    self.options = options
  }

  /// Parses `text`, throwing every syntax error found (at least the first one, precisely located).
  public func parse(_ text: String) throws(CELParseErrors) -> ParsedExpr {
    try parse(Source(text))
  }

  /// Parses an already-built `Source`.
  public func parse(_ source: Source) throws(CELParseErrors) -> ParsedExpr {
    guard source.count <= options.maxLength else {
      let message = SyntaxMessage.tooLong(source.count, limit: options.maxLength)
      throw CELParseErrors([CELSyntaxError(offset: 0, message: message)])
    }
    var lexer = Lexer(source: source)
    let tokens = lexer.tokenize()
    var parser = ExpressionParser(
      source: source, options: options, tokens: tokens, errors: lexer.errors)
    let root: Expr?
    do {
      root = try parser.parseRoot()
    } catch {
      root = nil
    }
    guard let root, parser.errors.isEmpty else {
      throw CELParseErrors(Self.ordered(parser.errors))
    }
    return ParsedExpr(root: root, source: source, nextID: parser.nextID, spans: parser.spans)
  }

  /// At most this many errors are reported for one expression.
  static let errorLimit = 100

  /// Errors sorted by offset (keeping discovery order at equal offsets), duplicates dropped.
  private static func ordered(_ errors: [CELSyntaxError]) -> [CELSyntaxError] {
    let sorted = errors.enumerated().sorted { lhs, rhs in
      (lhs.element.offset, lhs.offset) < (rhs.element.offset, rhs.offset)
    }
    var result: [CELSyntaxError] = []
    for (_, error) in sorted where result.last != error {
      result.append(error)
      if result.count == errorLimit { break }
    }
    if result.isEmpty {
      // Unreachable by construction (every abort records an error), kept so the thrown list is never empty.
      result.append(CELSyntaxError(offset: 0, message: SyntaxMessage.unexpected("input")))
    }
    return result
  }
}
