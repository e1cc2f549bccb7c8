/// The character classes of CEL's lexical grammar. All are ASCII: CEL identifiers cannot use
/// other scripts, although string literals can hold any character.
enum LexicalClass {
  /// `[0-9]`.
  static func isDecimalDigit(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return ("0"..."9").contains(scalar)
  }

  /// `[0-9a-fA-F]`.
  static func isHexDigit(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return isDecimalDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
  }

  /// `[0-7]`.
  static func isOctalDigit(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return ("0"..."7").contains(scalar)
  }

  /// `[_a-zA-Z]`.
  static func isIdentifierStart(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// `[_a-zA-Z0-9]`.
  static func isIdentifierContinue(_ scalar: Unicode.Scalar?) -> Bool {
    isIdentifierStart(scalar) || isDecimalDigit(scalar)
  }

  /// What may appear between backticks in a quoted field name: `[_a-zA-Z0-9.\-/ ]`.
  static func isQuotedIdentifierCharacter(_ scalar: Unicode.Scalar?) -> Bool {
    isIdentifierContinue(scalar) || scalar == "." || scalar == "-" || scalar == "/" || scalar == " "
  }

  /// Whether `name` is a plain identifier, needing no backticks as a field name.
  static func isPlainIdentifier(_ name: String) -> Bool {
    let scalars = name.unicodeScalars
    return isIdentifierStart(scalars.first) && scalars.allSatisfy { isIdentifierContinue($0) }
  }
}
