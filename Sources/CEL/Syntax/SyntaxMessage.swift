/// Every message the lexer and parser report, gathered in one place so that wording stays
/// consistent and each one is easy to find in tests.
enum SyntaxMessage {
  // MARK: Limits

  static let recursionLimit = "expression recursion limit exceeded"

  static func tooLong(_ length: Int, limit: Int) -> String {
    "expression is too long: \(length) characters, the limit is \(limit)"
  }

  // MARK: Lexical

  static func unexpectedCharacter(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "=": return "unexpected character '=', did you mean '=='?"
    case "&": return "unexpected character '&', did you mean '&&'?"
    case "|": return "unexpected character '|', did you mean '||'?"
    default: break
    }
    if scalar.properties.isAlphabetic {
      return "unexpected character '\(scalar)': identifiers may only use ASCII letters, digits and '_'"
    }
    if scalar.value < 0x20 || scalar.value == 0x7F {
      return "unexpected control character U+\(hex(scalar.value, width: 4))"
    }
    return "unexpected character '\(scalar)'"
  }

  static let unterminatedString = "unterminated string"
  static let unterminatedQuotedIdentifier = "unterminated quoted identifier"
  static let emptyQuotedIdentifier = "empty quoted identifier"

  static func invalidQuotedIdentifierCharacter(_ scalar: Unicode.Scalar) -> String {
    "invalid character '\(scalar)' in quoted identifier: only letters, digits, '_', '.', '-', '/' and ' ' are allowed"
  }

  static func invalidEscape(_ text: String) -> String {
    "invalid escape sequence '\(text)'"
  }

  static func invalidCodePoint(_ text: String) -> String {
    "invalid escape sequence '\(text)': not a Unicode scalar value"
  }

  static func escapeNotAllowedInBytes(_ text: String) -> String {
    "escape sequence '\(text)' is not allowed in bytes literals"
  }

  static func invalidHexLiteral(_ text: String) -> String {
    "invalid hexadecimal literal '\(text)'"
  }

  static let intOutOfRange = "integer literal out of range"
  static let uintOutOfRange = "unsigned integer literal out of range"
  static let doubleOutOfRange = "double literal out of range"

  // MARK: Grammar

  static func unexpected(_ found: String, expected: String? = nil) -> String {
    guard let expected else { return "unexpected \(found)" }
    return "unexpected \(found), expected \(expected)"
  }

  static func unclosed(_ open: String, close: String, openedAt offset: Int) -> String {
    "expected '\(close)' to close '\(open)' at offset \(offset)"
  }

  static func reservedIdentifier(_ name: String) -> String {
    "reserved identifier '\(name)'"
  }

  static func quotedIdentifierOutsideField(_ name: String) -> String {
    "quoted identifier `\(name)` can only be used as a field name"
  }

  static func optionalMacroVariableNotSimple(_ macro: String) -> String {
    "\(macro)() variable name must be a simple identifier"
  }

  // MARK: Macros

  static let invalidHasArgument = "invalid argument to has() macro"
  static let iterationVariableNotSimple = "argument must be a simple name"
  static let iterationVariableOverwritesAccumulator =
    "iteration variable overwrites accumulator variable"
  static let bindVariableNotSimple = "cel.bind() variable names must be simple identifiers"
  static func duplicateIterationVariable(_ name: String) -> String {
    "duplicate variable name: \(name)"
  }
  static let sortByTargetNotSupported =
    "sortBy can only be applied to a list, identifier, comprehension, call or select expression"

  // MARK: Helpers

  static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
