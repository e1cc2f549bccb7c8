/// What makes an input not JSON, for `YAMLError.json`, which words it.
enum JSONProblem: Sendable, Hashable {
  /// Something else stands where the grammar expects `expected`.
  case expected(String, found: String)
  /// A comma right before `closing`.
  case trailingComma(closing: Character)
  /// A number starts with `+` or `.`.
  case numberStart(Character)
  /// A number has a zero before its other integer digits.
  case leadingZeros
  /// `NaN`, `Infinity` or a hexadecimal number, which JavaScript or YAML have and JSON not.
  case notJSON(String)
  /// A word that is not `true`, `false` or `null`.
  case notAValue(String)
  /// A string in single quotes.
  case singleQuotes
  /// A `//`, `/*` or `#` comment.
  case comment
  /// A control character in a string.
  case controlCharacter(UInt32)
  /// A backslash before something that cannot be escaped (described as `found`).
  case badEscape(String)
  /// `\u` without four hexadecimal digits.
  case badUnicodeEscape
  /// A `\uXXXX` escape of a surrogate without its other half.
  case loneSurrogate(String)
  /// The input ends inside a string.
  case unclosedString
  /// The bytes are not UTF-8.
  case invalidUTF8(UTF8Problem)
}
