import CEL
import Testing

@Suite struct MemberTests {
  @Test(arguments: [
    // Selection, receiver calls and indexing chain left to right.
    ("a.b", "a.b"),
    ("a.b.c.d", "a.b.c.d"),
    ("a.f()", "a.f()"),
    ("a.f(1, 2)", "a.f(1, 2)"),
    ("a.b.f(c).d", "a.b.f(c).d"),
    ("a.f(b).g(c)", "a.f(b).g(c)"),
    ("f(x).y", "f(x).y"),
    ("f()", "f()"),
    ("f(a, b)", "f(a, b)"),
    ("a[0]", "_[_](a, 0)"),
    ("a[0][1]", "_[_](_[_](a, 0), 1)"),
    ("a.b[c].d(e)[f]", "_[_](_[_](a.b, c).d(e), f)"),
    ("a['k'].b", "_[_](a, \"k\").b"),
    ("[1, 2][0]", "_[_]([1, 2], 0)"),
    ("{'a': 1}['a']", "_[_]({\"a\": 1}, \"a\")"),
    ("'abc'.size()", "\"abc\".size()"),
    ("(a + b).c", "_+_(a, b).c"),
    ("1.e5", "1.e5"),
    ("a[b + c]", "_[_](a, _+_(b, c))"),
    // A leading dot names the root scope.
    (".a.b", ".a.b"),
    (".f(x)", ".f(x)"),
    (". a", ".a"),
    // Reserved words are valid field and receiver-call names.
    ("a.if", "a.if"),
    ("a.package()", "a.package()"),
    // Backtick-quoted field names.
    ("m.`foo-bar`", "m.`foo-bar`"),
    ("m.`a.b/c d`", "m.`a.b/c d`"),
    ("{'a': 1}.`a`", "{\"a\": 1}.a"),
    // Lists and maps, with trailing commas.
    ("[]", "[]"),
    ("[1,]", "[1]"),
    ("[[1], [2, 3,],]", "[[1], [2, 3]]"),
    ("{}", "{}"),
    ("{1: 2, 'a': [b],}", "{1: 2, \"a\": [b]}"),
    ("{a ? b : c: d}", "{_?_:_(a, b, c): d}"),
    // Message construction.
    ("Msg{}", "Msg{}"),
    ("Msg{a: 1, b: 'x'}", "Msg{a: 1, b: \"x\"}"),
    ("Msg{a: 1,}", "Msg{a: 1}"),
    ("pkg.Msg{a: 1}", "pkg.Msg{a: 1}"),
    (".pkg.Msg{a: 1}", ".pkg.Msg{a: 1}"),
    ("google.protobuf.Int64Value{value: 1}", "google.protobuf.Int64Value{value: 1}"),
    ("Msg{`a-b`: 1, if: 2}", "Msg{`a-b`: 1, if: 2}"),
    ("Outer{inner: Inner{x: 1}}.inner.x", "Outer{inner: Inner{x: 1}}.inner.x"),
    ("a.b{c: 1}.d", "a.b{c: 1}.d"),
    // Comments and every kind of whitespace.
    ("a // comment\n+ b", "_+_(a, b)"),
    ("// only a comment line\na", "a"),
    ("a // trailing comment", "a"),
    ("a\r\n+\u{0C}b\t", "_+_(a, b)"),
    ("a // one\r+ b", "_+_(a, b)"),
  ])
  func member(_ example: (source: String, tree: String)) {
    #expect(render(example.source) == example.tree)
  }

  @Test func messageFieldsKeepTheirOffsets() throws {
    let root = try #require(parsedRoot("pkg.Msg{a: 1, `b-c`: 2}"))
    #expect(root.offset == 0)
    guard case .message(let typeName, let fields) = root.kind else {
      Issue.record("expected a message, got \(root)")
      return
    }
    #expect(typeName == "pkg.Msg")
    #expect(fields.map(\.field) == ["a", "b-c"])
    #expect(fields.map(\.offset) == [8, 14])
  }

  @Test func reservedWordsCannotNameVariablesOrFunctions() {
    let reserved = [
      "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
      "package", "namespace", "return", "var", "void", "while",
    ]
    for word in reserved {
      let expected = CELSyntaxError(offset: 0, message: "reserved identifier '\(word)'")
      #expect(syntaxErrors(word) == [expected])
      #expect(syntaxErrors("\(word)(1)") == [expected])
      #expect(render("a.\(word)") == "a.\(word)")
      #expect(render("Msg{\(word): 1}") == "Msg{\(word): 1}")
    }
    #expect(syntaxErrors(".var") == [CELSyntaxError(offset: 1, message: "reserved identifier 'var'")])
    #expect(
      syntaxErrors("var + let") == [
        CELSyntaxError(offset: 0, message: "reserved identifier 'var'"),
        CELSyntaxError(offset: 6, message: "reserved identifier 'let'"),
      ])
  }

  @Test func literalWordsAreLiterals() {
    #expect(parsedConstant("true") == .bool(true))
    #expect(parsedConstant("false") == .bool(false))
    #expect(parsedConstant("null") == .null)
    #expect(render("true.a") == "true.a")
    #expect(render("nullable") == "nullable")
    #expect(render("inside") == "inside")
  }
}
