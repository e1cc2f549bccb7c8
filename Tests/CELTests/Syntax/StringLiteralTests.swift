import CEL
import Testing

@Suite struct StringLiteralTests {
  @Test(arguments: [
    ("''", ""),
    ("\"\"", ""),
    ("'abc'", "abc"),
    ("\"it's\"", "it's"),
    ("'\"'", "\""),
    (#"'\a\b\f\n\r\t\v\\\'\"\`\?'"#, "\u{07}\u{08}\u{0C}\n\r\t\u{0B}\\'\"`?"),
    (#"'\x41\X42'"#, "AB"),
    (#"'\xff'"#, "ÿ"),
    (#"'\u00e9'"#, "é"),
    (#"'\U0001F431'"#, "🐱"),
    (#"'\101'"#, "A"),
    (#"'\377'"#, "ÿ"),
    (#"'\303\277'"#, "Ã¿"),
    (#"'\000'"#, "\u{0}"),
    ("'é🐱'", "é🐱"),
    ("'// not a comment'", "// not a comment"),
    // Raw strings keep backslashes.
    (#"r'\n'"#, #"\n"#),
    (#"R"\d+""#, #"\d+"#),
    (#"r'\'"#, #"\"#),
    // Triple-quoted strings may contain quotes and line breaks, normalized to \n.
    ("'''x''x'''", "x''x"),
    ("\"\"\"x\"y\"\"\"", "x\"y"),
    ("'''line1\nline2'''", "line1\nline2"),
    ("'''a\r\nb\rc'''", "a\nb\nc"),
    (#"'''a\'''b'''"#, "a'''b"),
    (#"r'''\d+'''"#, #"\d+"#),
    ("r''''''", ""),
    ("r\"\"\"\"\"\"", ""),
  ])
  func string(_ example: (source: String, value: String)) {
    #expect(parsedConstant(example.source) == .string(example.value))
  }

  @Test(arguments: [
    ("b''", [UInt8]()),
    ("b'abc'", [97, 98, 99]),
    ("B\"abc\"", [97, 98, 99]),
    // Literal characters give their UTF-8; \x and octal escapes give raw bytes.
    ("b'ÿ'", [195, 191]),
    (#"b'\303\277'"#, [195, 191]),
    (#"b'\377'"#, [255]),
    (#"b'\xFF'"#, [255]),
    (#"b'\x00\xff'"#, [0, 255]),
    (#"b'\n\t\\'"#, [10, 9, 92]),
    ("b'''a\nb'''", [97, 10, 98]),
    // Raw bytes, prefixed either way round.
    (#"br'\x00'"#, [92, 120, 48, 48]),
    (#"Br'\n'"#, [92, 110]),
    (#"rb'\n'"#, [92, 110]),
    (#"RB"\n""#, [92, 110]),
  ])
  func bytes(_ example: (source: String, value: [UInt8])) {
    #expect(parsedConstant(example.source) == .bytes(example.value))
  }

  @Test(arguments: [
    (#"'\q'"#, " ^", #"invalid escape sequence '\q'"#),
    (#"'\x4'"#, " ^", #"invalid escape sequence '\x4'"#),
    (#"'\xZZ'"#, " ^", #"invalid escape sequence '\x'"#),
    (#"'\u12'"#, " ^", #"invalid escape sequence '\u12'"#),
    (#"'\U0001F4'"#, " ^", #"invalid escape sequence '\U0001F4'"#),
    (#"'\400'"#, " ^", #"invalid escape sequence '\4'"#),
    (#"'\08'"#, " ^", #"invalid escape sequence '\0'"#),
    (#"'\uD800'"#, " ^", #"invalid escape sequence '\uD800': not a Unicode scalar value"#),
    (#"'\uDFFF'"#, " ^", #"invalid escape sequence '\uDFFF': not a Unicode scalar value"#),
    (#"'\U00110000'"#, " ^", #"invalid escape sequence '\U00110000': not a Unicode scalar value"#),
    (#"b'\u00ff'"#, "  ^", #"escape sequence '\u00ff' is not allowed in bytes literals"#),
    (#"b'\U0001F431'"#, "  ^", #"escape sequence '\U0001F431' is not allowed in bytes literals"#),
    ("'''a\\\nb'''", "    ^", #"invalid escape sequence '\'"#),
    ("'abc", "^", "unterminated string"),
    (#"'a\'"#, "^", "unterminated string"),
    ("'''abc''", "^", "unterminated string"),
    ("x + \"abc'", "    ^", "unterminated string"),
    ("b'abc", "^", "unterminated string"),
    ("r'abc\\", "^", "unterminated string"),
    ("'abc\\\ndef'", "^", "unterminated string"),
  ])
  func invalid(_ example: (source: String, caret: String, message: String)) {
    let expected = CELSyntaxError(offset: caretOffset(example.caret), message: example.message)
    #expect(syntaxErrors(example.source).first == expected)
  }

  @Test func everyBadEscapeIsReported() {
    #expect(
      syntaxErrors(#"'\q' + '\z' + b'\u0041'"#) == [
        CELSyntaxError(offset: 1, message: #"invalid escape sequence '\q'"#),
        CELSyntaxError(offset: 8, message: #"invalid escape sequence '\z'"#),
        CELSyntaxError(offset: 16, message: #"escape sequence '\u0041' is not allowed in bytes literals"#),
      ])
  }

  @Test func aStringCannotSpanLines() {
    // The line break ends the first literal unterminated; the quote on the next line opens another.
    #expect(
      syntaxErrors("'abc\ndef'") == [
        CELSyntaxError(offset: 0, message: "unterminated string"),
        CELSyntaxError(offset: 8, message: "unterminated string"),
      ])
  }
}
