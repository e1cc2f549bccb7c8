extension Lexer {
  /// Reads a string or bytes literal whose prefix (`r`, `b`, `br`, ...) starts at `start` and whose
  /// opening quote is at the current position.
  ///
  /// Single-quoted forms end at the matching quote and may not span lines; triple-quoted forms
  /// (`'''`, `"""`) may, and their line breaks are normalized to `\n`. Raw literals keep
  /// backslashes as written. An unterminated literal yields `.invalid`; a bad escape is reported
  /// and skipped, and the literal is still produced.
  mutating func lexString(from start: Int, isRaw: Bool, isBytes: Bool) -> Token {
    guard let quote = peek() else { return token(.invalid, from: start) }
    let isTriple = peek(1) == quote && peek(2) == quote
    position += isTriple ? 3 : 1
    var literal = LiteralBuilder(isBytes: isBytes)
    while true {
      guard let scalar = peek() else {
        report(SyntaxMessage.unterminatedString, at: start)
        return token(.invalid, from: start)
      }
      if isTriple {
        if scalar == quote, peek(1) == quote, peek(2) == quote {
          position += 3
          break
        }
      } else if scalar == quote {
        position += 1
        break
      } else if scalar == "\n" || scalar == "\r" {
        report(SyntaxMessage.unterminatedString, at: start)
        return token(.invalid, from: start)
      }
      if scalar == "\\", !isRaw, peek(1) != nil {
        lexEscape(into: &literal, isTriple: isTriple)
      } else if scalar == "\r" {
        position += peek(1) == "\n" ? 2 : 1
        literal.append("\n")
      } else {
        literal.append(scalar)
        position += 1
      }
    }
    return token(isBytes ? .bytes(literal.bytes) : .string(literal.string), from: start)
  }

  /// Decodes the escape sequence at the current position (a backslash that is not the last scalar).
  private mutating func lexEscape(into literal: inout LiteralBuilder, isTriple: Bool) {
    let start = position
    guard let kind = peek(1) else { return }
    if kind == "\n" || kind == "\r" {
      // In a single-quoted literal the line break ends it as unterminated; in a triple-quoted one
      // the backslash alone is the mistake.
      position += 1
      if isTriple { report(SyntaxMessage.invalidEscape("\\"), at: start) }
      return
    }
    position += 2
    if let simple = Self.simpleEscapes[kind] {
      literal.append(simple)
      return
    }
    switch kind {
    case "x", "X":
      guard let value = readHexDigits(2, escapeStart: start) else { return }
      literal.appendOctet(UInt8(truncatingIfNeeded: value))
    case "u", "U":
      let digits = kind == "u" ? 4 : 8
      guard let value = readHexDigits(digits, escapeStart: start) else { return }
      let text = self.text(from: start)
      if literal.isBytes {
        report(SyntaxMessage.escapeNotAllowedInBytes(text), at: start)
      } else if let scalar = Unicode.Scalar(value) {
        literal.append(scalar)
      } else {
        report(SyntaxMessage.invalidCodePoint(text), at: start)
      }
    case "0"..."3":
      var value = kind.value - ("0" as Unicode.Scalar).value
      for _ in 0..<2 {
        guard let digit = peek(), LexicalClass.isOctalDigit(digit) else {
          report(SyntaxMessage.invalidEscape(text(from: start)), at: start)
          return
        }
        value = value * 8 + digit.value - ("0" as Unicode.Scalar).value
        position += 1
      }
      literal.appendOctet(UInt8(truncatingIfNeeded: value))
    default:
      report(SyntaxMessage.invalidEscape("\\\(kind)"), at: start)
    }
  }

  /// Reads exactly `count` hex digits after an escape's letter, or reports the escape as invalid.
  private mutating func readHexDigits(_ count: Int, escapeStart: Int) -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let digit = peek(), LexicalClass.isHexDigit(digit), let nibble = UInt32(String(digit), radix: 16)
      else {
        report(SyntaxMessage.invalidEscape(text(from: escapeStart)), at: escapeStart)
        return nil
      }
      value = value << 4 | nibble
      position += 1
    }
    return value
  }

  /// Escapes that stand for one fixed character.
  private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
    "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
    "\\": "\\", "'": "'", "\"": "\"", "`": "`", "?": "?",
  ]
}
