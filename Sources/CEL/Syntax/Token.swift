/// One lexical element of a CEL expression, as produced by `Lexer`.
struct Token: Sendable, Equatable {
  /// What the token is, with its decoded value for literals and names.
  let kind: Kind
  /// Offset in Unicode scalars of the token's first character.
  let offset: Int
  /// Offset just past the token's last character.
  let end: Int

  /// The token kinds of CEL's lexical grammar.
  enum Kind: Sendable, Equatable {
    /// A plain identifier, reserved words included (the parser rejects those where they matter).
    case identifier(String)
    /// A backtick-quoted field name such as `` `content-type` ``, without its backticks.
    case quotedIdentifier(String)
    /// A decimal or hexadecimal integer literal's magnitude; nil when it does not fit in 64 bits.
    case int(UInt64?)
    /// An unsigned integer literal (`1u`); zero when out of range (the lexer has reported it).
    case uint(UInt64)
    /// A floating-point literal.
    case double(Double)
    /// A string literal, escapes decoded.
    case string(String)
    /// A bytes literal, escapes decoded.
    case bytes([UInt8])
    case `true`, `false`, null, `in`
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case dot, comma, colon, question
    case plus, minus, star, slash, percent, bang
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case and, or
    /// Input the lexer could not read; it has already reported why, so the parser stops quietly.
    case invalid
    /// The end of the source.
    case end

    /// The fixed spelling of punctuation and keywords, nil for tokens carrying a value.
    var spelling: String? {
      switch self {
      case .true: "true"
      case .false: "false"
      case .null: "null"
      case .in: "in"
      case .leftParen: "("
      case .rightParen: ")"
      case .leftBracket: "["
      case .rightBracket: "]"
      case .leftBrace: "{"
      case .rightBrace: "}"
      case .dot: "."
      case .comma: ","
      case .colon: ":"
      case .question: "?"
      case .plus: "+"
      case .minus: "-"
      case .star: "*"
      case .slash: "/"
      case .percent: "%"
      case .bang: "!"
      case .equal: "=="
      case .notEqual: "!="
      case .less: "<"
      case .lessEqual: "<="
      case .greater: ">"
      case .greaterEqual: ">="
      case .and: "&&"
      case .or: "||"
      default: nil
      }
    }
  }
}
