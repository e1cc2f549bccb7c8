import CEL
import Testing

@Suite struct MacroTests {
  @Test(arguments: [
    ("has(a.b)", "a.b~test-only~"),
    ("has(a.b.c)", "a.b.c~test-only~"),
    ("has(m.`x-y`)", "m.`x-y`~test-only~"),
    (
      "x.all(y, p)",
      "__comprehension__(y, x, @result, true, @not_strictly_false(@result), _&&_(@result, p), @result)"
    ),
    (
      "x.exists(y, p)",
      "__comprehension__(y, x, @result, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
    ),
    (
      "x.exists_one(y, p)",
      "__comprehension__(y, x, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
    ),
    (
      "x.existsOne(y, p)",
      "__comprehension__(y, x, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
    ),
    ("x.map(y, t)", "__comprehension__(y, x, @result, [], true, _+_(@result, [t]), @result)"),
    (
      "x.map(y, p, t)",
      "__comprehension__(y, x, @result, [], true, _?_:_(p, _+_(@result, [t]), @result), @result)"
    ),
    (
      "x.filter(y, p)",
      "__comprehension__(y, x, @result, [], true, _?_:_(p, _+_(@result, [y]), @result), @result)"
    ),
    ("cel.bind(v, 1, v + v)", "__comprehension__(#unused, [], v, 1, false, v, _+_(v, v))"),
    (
      "[1].all(x, [2].exists(y, x < y))",
      "__comprehension__(x, [1], @result, true, @not_strictly_false(@result), _&&_(@result, "
        + "__comprehension__(y, [2], @result, false, @not_strictly_false(!_(@result)), "
        + "_||_(@result, _<_(x, y)), @result)), @result)"
    ),
    // Calls that do not match a macro's shape stay calls.
    ("has(a.b, c)", "has(a.b, c)"),
    ("x.has(a.b)", "x.has(a.b)"),
    ("all(x, p)", "all(x, p)"),
    ("x.all(y)", "x.all(y)"),
    ("x.all(y, p, q, r)", "x.all(y, p, q, r)"),
    ("x.map(y, p, t, u)", "x.map(y, p, t, u)"),
    ("x.filter(y, p, t)", "x.filter(y, p, t)"),
    ("other.bind(v, 1, v)", "other.bind(v, 1, v)"),
    ("cel.bind(v, 1)", "cel.bind(v, 1)"),
  ])
  func expansion(_ example: (source: String, tree: String)) {
    #expect(render(example.source) == example.tree)
  }

  @Test(arguments: [
    ("has(a)", "    ^", "invalid argument to has() macro"),
    ("has(a[0])", "     ^", "invalid argument to has() macro"),
    ("has(has(a.b))", "         ^", "invalid argument to has() macro"),
    ("x.all(y.z, p)", "       ^", "argument must be a simple name"),
    ("x.exists(1, p)", "         ^", "argument must be a simple name"),
    ("x.exists_one(.y, p)", "             ^", "argument must be a simple name"),
    ("x.map(f(y), t)", "      ^", "argument must be a simple name"),
    ("x.filter('y', p)", "         ^", "argument must be a simple name"),
    ("x.map(__result__, p)", "      ^", "iteration variable overwrites accumulator variable"),
    ("cel.bind(a.b, 1, 2)", "          ^", "cel.bind() variable names must be simple identifiers"),
  ])
  func invalid(_ example: (source: String, caret: String, message: String)) {
    let expected = CELSyntaxError(offset: caretOffset(example.caret), message: example.message)
    #expect(syntaxErrors(example.source) == [expected])
  }

  @Test func everyMalformedMacroIsReported() {
    #expect(
      syntaxErrors("x.all(1, p) && has(a)") == [
        CELSyntaxError(offset: 6, message: "argument must be a simple name"),
        CELSyntaxError(offset: 19, message: "invalid argument to has() macro"),
      ])
  }

  @Test func macrosCanBeTurnedOff() {
    let options = ParserOptions(expandsMacros: false)
    #expect(render("has(a.b)", options: options) == "has(a.b)")
    #expect(render("x.all(y, p)", options: options) == "x.all(y, p)")
    #expect(render("has(a)", options: options) == "has(a)")
  }

  @Test func expansionNodesSitAtTheCall() throws {
    let root = try #require(parsedRoot("items.all(i, i > 0)"))
    #expect(root.offset == 5)
    guard case .comprehension(let loop) = root.kind else {
      Issue.record("expected a comprehension, got \(root)")
      return
    }
    #expect(loop.iterRange.offset == 0)
    #expect(loop.accuInit.offset == 5)
    #expect(loop.loopCondition.offset == 5)
    #expect(loop.result.offset == 5)
    // The predicate keeps its own position.
    #expect(loop.loopStep.children.last?.offset == 15)
    // The presence test of `has` sits at its field's `.`, so that errors about the field point there.
    #expect(parsedRoot("  has(a.b)")?.offset == 7)
  }
}
