import CEL
import Testing

@Suite("String functions")
struct StringTests {
  @Test(arguments: [
    ("'hello'.contains('ell')", Value.bool(true)),
    ("'e\\u0301'.contains('e')", .bool(true)),
    ("'tacocat'.contains('')", .bool(true)),
    ("'ta©o©αT'.contains('©α')", .bool(true)),
    ("'tacocat'.contains('cats')", .bool(false)),
    ("'a'.contains('aa')", .bool(false)),
    ("'e\\u0301'.contains('\\u00e9')", .bool(false)),
    ("'hello'.startsWith('he') && 'hello'.endsWith('lo')", .bool(true)),
    ("''.startsWith('')", .bool(true)),
    ("'hubba'.matches('ubb')", .bool(true)),
    ("'hubba'.matches('^ubb')", .bool(false)),
    ("matches('abc', '^a.c$')", .bool(true)),
    ("name.matches('[A-Z][a-z]+')", .bool(true)),
    ("'🐱😀😀'.matches('(a|😀){2}')", .bool(true)),
    ("'é'.matches('^.$')", .bool(true)),
    ("name.matches(dyn('^A'))", .bool(true)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test func invalidLiteralPatternIsACompileError() {
    #expect(throws: CompileError.self) { try Evaluation.environment.compile("name.matches('(')") }
  }

  @Test(arguments: [
    ("name.matches(dyn('('))", "invalid regular expression '('"),
    ("dyn(1).contains('a')", "no such overload: contains(int, string)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
