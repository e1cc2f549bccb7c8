import CEL
import Testing

/// Each message the parser can report, with the offset it points at marked by a caret.
@Suite struct SyntaxErrorTests {
  @Test(arguments: [
    ("", "^", "unexpected end of expression"),
    ("   ", "   ^", "unexpected end of expression"),
    ("a +", "   ^", "unexpected end of expression"),
    ("a + )", "    ^", "unexpected ')'"),
    ("()", " ^", "unexpected ')'"),
    ("a b", "  ^", "unexpected 'b'"),
    ("1 2", "  ^", "unexpected '2'"),
    ("'a' 'b'", "    ^", "unexpected string literal"),
    ("b'a' b'b'", "     ^", "unexpected bytes literal"),
    ("f(x))", "    ^", "unexpected ')'"),
    ("in", "^", "unexpected 'in'"),
    // Unclosed brackets name the opener's offset; other mistakes name what was expected.
    ("(a + b", "      ^", "expected ')' to close '(' at offset 0"),
    ("f(a, (b)", "        ^", "expected ')' to close '(' at offset 1"),
    ("[1, 2", "     ^", "expected ']' to close '[' at offset 0"),
    ("{1: 2", "     ^", "expected '}' to close '{' at offset 0"),
    ("Msg{a: 1", "        ^", "expected '}' to close '{' at offset 3"),
    ("a[1", "   ^", "expected ']' to close '[' at offset 1"),
    ("f(a b)", "    ^", "unexpected 'b', expected ',' or ')'"),
    ("f(a,)", "    ^", "unexpected ')'"),
    ("(a b)", "   ^", "unexpected 'b', expected ')'"),
    ("[1 2]", "   ^", "unexpected '2', expected ',' or ']'"),
    ("[,]", " ^", "unexpected ','"),
    ("[1,,]", "   ^", "unexpected ','"),
    ("{1 2}", "   ^", "unexpected '2', expected ':'"),
    ("{1: 2 3: 4}", "      ^", "unexpected '3', expected ',' or '}'"),
    ("{,}", " ^", "unexpected ','"),
    ("a[1 2]", "    ^", "unexpected '2', expected ']'"),
    ("a ? b", "     ^", "unexpected end of expression, expected ':'"),
    ("a ? b ? c : d : e", "      ^", "unexpected '?', expected ':'"),
    ("a.", "  ^", "unexpected end of expression, expected a field name"),
    ("a.(b)", "  ^", "unexpected '(', expected a field name"),
    ("a..b", "  ^", "unexpected '.', expected a field name"),
    ("a.true", "  ^", "unexpected 'true', expected a field name"),
    ("a.1", " ^", "unexpected '.1'"),
    (".1a", "  ^", "unexpected 'a'"),
    ("..a", " ^", "unexpected '.', expected an identifier"),
    ("!-a", " ^", "unexpected '-'"),
    ("-!a", " ^", "unexpected '!'"),
    ("f(x){}", "    ^", "unexpected '{'"),
    ("Msg{1: 2}", "    ^", "unexpected '1', expected a field name"),
    ("Msg{a 1}", "      ^", "unexpected '1', expected ':'"),
    ("Msg{,}", "    ^", "unexpected ',', expected a field name"),
    // Optional syntax: `.?` takes a field name, `?` goes before a list element, map key or field.
    ("a.?", "   ^", "unexpected end of expression, expected a field name"),
    ("a.?1", "   ^", "unexpected '1', expected a field name"),
    ("a.?b()", "    ^", "unexpected '('"),
    ("a[?]", "   ^", "unexpected ']'"),
    ("[1, ?]", "     ^", "unexpected ']'"),
    ("{'a': ?b}", "      ^", "unexpected '?'"),
    ("Msg{?1: b}", "     ^", "unexpected '1', expected a field name"),
    ("x.optMap(a.b, a)", "          ^", "optMap() variable name must be a simple identifier"),
    ("x.optFlatMap(1, a)", "             ^", "optFlatMap() variable name must be a simple identifier"),
    // Quoted identifiers.
    ("`a`", "^", "quoted identifier `a` can only be used as a field name"),
    ("a.`b`()", "     ^", "unexpected '('"),
    ("a.`b", "  ^", "unterminated quoted identifier"),
    ("a.``", "  ^", "empty quoted identifier"),
    (
      "a.`b$c`", "    ^",
      "invalid character '$' in quoted identifier: only letters, digits, '_', '.', '-', '/' and ' ' are allowed"
    ),
    // Characters that are not CEL.
    ("a = 1", "  ^", "unexpected character '=', did you mean '=='?"),
    ("a & b", "  ^", "unexpected character '&', did you mean '&&'?"),
    ("a | b", "  ^", "unexpected character '|', did you mean '||'?"),
    ("a # b", "  ^", "unexpected character '#'"),
    ("a @ b", "  ^", "unexpected character '@'"),
    ("$a", "^", "unexpected character '$'"),
    ("é", "^", "unexpected character 'é': identifiers may only use ASCII letters, digits and '_'"),
    ("naïve", "  ^", "unexpected character 'ï': identifiers may only use ASCII letters, digits and '_'"),
    ("a\u{0}", " ^", "unexpected control character U+0000"),
    ("a /* b */", "   ^", "unexpected '*'"),
  ])
  func message(_ example: (source: String, caret: String, message: String)) {
    let expected = CELSyntaxError(offset: caretOffset(example.caret), message: example.message)
    #expect(syntaxErrors(example.source) == [expected])
  }

  @Test func errorsAfterAGrammarErrorAreStillReportedWhenLexical() {
    #expect(
      syntaxErrors(#"a + ) + '\q'"#) == [
        CELSyntaxError(offset: 4, message: "unexpected ')'"),
        CELSyntaxError(offset: 9, message: #"invalid escape sequence '\q'"#),
      ])
  }

  @Test func offsetsCountUnicodeScalars() {
    // 'é' and '🐱' are one scalar each, whatever their UTF-8 or UTF-16 length.
    #expect(syntaxErrors("'🐱é' + )") == [CELSyntaxError(offset: 7, message: "unexpected ')'")])
  }

  @Test func errorsDescribeThemselves() {
    let errors = CELParseErrors([
      CELSyntaxError(offset: 4, message: "unexpected ')'"),
      CELSyntaxError(offset: 9, message: "unterminated string"),
    ])
    #expect(errors.description == "offset 4: unexpected ')'; offset 9: unterminated string")
  }
}
