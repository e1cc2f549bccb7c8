/// Splits CEL source into tokens, decoding literals and collecting lexical errors as it goes.
///
/// Lexing never stops early: a character it cannot read becomes an `.invalid` token (after
/// reporting why), so that every lexical error in the expression is reported at once.
struct Lexer {
  let scalars: [Unicode.Scalar]
  var position = 0
  /// Lexical errors in the order found.
  private(set) var errors: [CELSyntaxError] = []

  /// Creates a lexer over a source.
  init(source: Source) {
    self.scalars = source.scalars
  }

  /// Reads every token; the last one is always `.end`.
  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      skipTrivia()
      let token = nextToken()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  // MARK: Scanning helpers

  /// The scalar `distance` places ahead of the current position, if any.
  func peek(_ distance: Int = 0) -> Unicode.Scalar? {
    let index = position + distance
    return index < scalars.count ? scalars[index] : nil
  }

  mutating func report(_ message: String, at offset: Int) {
    errors.append(CELSyntaxError(offset: offset, message: message))
  }

  func token(_ kind: Token.Kind, from start: Int) -> Token {
    Token(kind: kind, offset: start, end: position)
  }

  /// Skips whitespace (space, tab, line breaks, form feed) and `//` comments.
  private mutating func skipTrivia() {
    while let scalar = peek() {
      switch scalar {
      case " ", "\t", "\n", "\r", "\u{0C}":
        position += 1
      case "/" where peek(1) == "/":
        while let next = peek(), next != "\n", next != "\r" {
          position += 1
        }
      default:
        return
      }
    }
  }

  private mutating func nextToken() -> Token {
    let start = position
    guard let scalar = peek() else { return token(.end, from: start) }
    if LexicalClass.isIdentifierStart(scalar) {
      return lexIdentifierOrPrefixedString()
    }
    if LexicalClass.isDecimalDigit(scalar) || (scalar == "." && LexicalClass.isDecimalDigit(peek(1))) {
      return lexNumber()
    }
    switch scalar {
    case "\"", "'":
      return lexString(from: start, isRaw: false, isBytes: false)
    case "`":
      return lexQuotedIdentifier()
    default:
      return lexPunctuation()
    }
  }

  private mutating func lexIdentifierOrPrefixedString() -> Token {
    let start = position
    while LexicalClass.isIdentifierContinue(peek()) {
      position += 1
    }
    let text = Self.text(of: scalars[start..<position])
    if let quote = peek(), quote == "\"" || quote == "'" {
      switch text {
      case "r", "R":
        return lexString(from: start, isRaw: true, isBytes: false)
      case "b", "B":
        return lexString(from: start, isRaw: false, isBytes: true)
      case "br", "bR", "Br", "BR", "rb", "rB", "Rb", "RB":
        return lexString(from: start, isRaw: true, isBytes: true)
      default:
        break
      }
    }
    switch text {
    case "true": return token(.true, from: start)
    case "false": return token(.false, from: start)
    case "null": return token(.null, from: start)
    case "in": return token(.in, from: start)
    default: return token(.identifier(text), from: start)
    }
  }

  private mutating func lexQuotedIdentifier() -> Token {
    let start = position
    var close = start + 1
    while close < scalars.count, scalars[close] != "`", scalars[close] != "\n", scalars[close] != "\r" {
      close += 1
    }
    guard close < scalars.count, scalars[close] == "`" else {
      position = close
      report(SyntaxMessage.unterminatedQuotedIdentifier, at: start)
      return token(.invalid, from: start)
    }
    position = close + 1
    let content = scalars[(start + 1)..<close]
    if content.isEmpty {
      report(SyntaxMessage.emptyQuotedIdentifier, at: start)
      return token(.invalid, from: start)
    }
    if let bad = content.firstIndex(where: { !LexicalClass.isQuotedIdentifierCharacter($0) }) {
      report(SyntaxMessage.invalidQuotedIdentifierCharacter(scalars[bad]), at: bad)
      return token(.invalid, from: start)
    }
    var name = String.UnicodeScalarView()
    name.append(contentsOf: content)
    return token(.quotedIdentifier(String(name)), from: start)
  }

  private mutating func lexPunctuation() -> Token {
    let start = position
    guard let scalar = peek() else { return token(.end, from: start) }
    let next = peek(1)
    let kind: Token.Kind?
    var length = 1
    switch scalar {
    case "(": kind = .leftParen
    case ")": kind = .rightParen
    case "[": kind = .leftBracket
    case "]": kind = .rightBracket
    case "{": kind = .leftBrace
    case "}": kind = .rightBrace
    case ".": kind = .dot
    case ",": kind = .comma
    case ":": kind = .colon
    case "?": kind = .question
    case "+": kind = .plus
    case "-": kind = .minus
    case "*": kind = .star
    case "/": kind = .slash
    case "%": kind = .percent
    case "!" where next == "=":
      (kind, length) = (.notEqual, 2)
    case "!": kind = .bang
    case "=" where next == "=":
      (kind, length) = (.equal, 2)
    case "<" where next == "=":
      (kind, length) = (.lessEqual, 2)
    case "<": kind = .less
    case ">" where next == "=":
      (kind, length) = (.greaterEqual, 2)
    case ">": kind = .greater
    case "&" where next == "&":
      (kind, length) = (.and, 2)
    case "|" where next == "|":
      (kind, length) = (.or, 2)
    default: kind = nil
    }
    position += length
    guard let kind else {
      report(SyntaxMessage.unexpectedCharacter(scalar), at: start)
      return token(.invalid, from: start)
    }
    return token(kind, from: start)
  }

  /// The text of an identifier's scalars: its UTF-8 bytes at once when they are ASCII, as
  /// identifiers nearly always are, rather than scalar by scalar.
  private static func text(of scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard scalars.allSatisfy(\.isASCII) else {
      var name = String.UnicodeScalarView()
      name.append(contentsOf: scalars)
      return String(name)
    }
    return String(decoding: scalars.lazy.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
  }
}
