extension Lexer {
  /// Reads an int (`42`, `0x2A`), uint (`42u`, `0x2AU`) or double (`1.5`, `.5`, `1e3`, `2.5E-3`).
  ///
  /// As in CEL's grammar, `1.` is not a double (it is `1` followed by `.`), nor is `0X1` hexadecimal.
  /// A sign is never part of the token: the parser folds a single leading `-` into the literal.
  mutating func lexNumber() -> Token {
    let start = position
    if peek() == "0", peek(1) == "x" {
      return lexHexadecimal()
    }
    skipDigits()
    var isDouble = false
    if peek() == ".", LexicalClass.isDecimalDigit(peek(1)) {
      position += 1
      skipDigits()
      isDouble = true
    }
    if let marker = peek(), marker == "e" || marker == "E" {
      let signLength = (peek(1) == "+" || peek(1) == "-") ? 1 : 0
      if LexicalClass.isDecimalDigit(peek(1 + signLength)) {
        position += 1 + signLength
        skipDigits()
        isDouble = true
      }
    }
    let text = self.text(from: start)
    if isDouble {
      guard let value = Double(text), value.isFinite else {
        report(SyntaxMessage.doubleOutOfRange, at: start)
        return token(.double(0), from: start)
      }
      return token(.double(value), from: start)
    }
    if let suffix = peek(), suffix == "u" || suffix == "U" {
      position += 1
      return unsignedToken(UInt64(text), from: start)
    }
    return token(.int(UInt64(text)), from: start)
  }

  private mutating func lexHexadecimal() -> Token {
    let start = position
    position += 2
    let digitsStart = position
    while LexicalClass.isHexDigit(peek()) {
      position += 1
    }
    guard position > digitsStart else {
      report(SyntaxMessage.invalidHexLiteral(text(from: start)), at: start)
      return token(.invalid, from: start)
    }
    let magnitude = UInt64(text(from: digitsStart), radix: 16)
    if let suffix = peek(), suffix == "u" || suffix == "U" {
      position += 1
      return unsignedToken(magnitude, from: start)
    }
    return token(.int(magnitude), from: start)
  }

  private mutating func unsignedToken(_ value: UInt64?, from start: Int) -> Token {
    guard let value else {
      report(SyntaxMessage.uintOutOfRange, at: start)
      return token(.uint(0), from: start)
    }
    return token(.uint(value), from: start)
  }

  private mutating func skipDigits() {
    while LexicalClass.isDecimalDigit(peek()) {
      position += 1
    }
  }

  /// The source text from `start` to the current position.
  func text(from start: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<position])
    return String(view)
  }
}
