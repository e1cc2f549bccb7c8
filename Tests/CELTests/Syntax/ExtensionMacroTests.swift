import CEL
import Testing

/// The macros of cel-go's extensions: two-variable comprehensions and `sortBy`, lowered as
/// cel-go lowers them.
@Suite struct ExtensionMacroTests {
  @Test(arguments: [
    (
      "x.all(k, v, p)",
      "__comprehension__(k, v, x, @result, true, @not_strictly_false(@result), _&&_(@result, p), @result)"
    ),
    (
      "x.exists(k, v, p)",
      "__comprehension__(k, v, x, @result, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
    ),
    (
      "x.existsOne(k, v, p)",
      "__comprehension__(k, v, x, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
    ),
    (
      "x.exists_one(k, v, p)",
      "__comprehension__(k, v, x, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
    ),
    ("x.transformList(i, v, t)", "__comprehension__(i, v, x, @result, [], true, _+_(@result, [t]), @result)"),
    (
      "x.transformList(i, v, p, t)",
      "__comprehension__(i, v, x, @result, [], true, _?_:_(p, _+_(@result, [t]), @result), @result)"
    ),
    (
      "x.transformMap(k, v, t)",
      "__comprehension__(k, v, x, @result, {}, true, cel.@mapInsert(@result, k, t), @result)"
    ),
    (
      "x.transformMap(k, v, p, t)",
      "__comprehension__(k, v, x, @result, {}, true, _?_:_(p, cel.@mapInsert(@result, k, t), @result), @result)"
    ),
    (
      "x.transformMapEntry(k, v, {v: k})",
      "__comprehension__(k, v, x, @result, {}, true, cel.@mapInsert(@result, {v: k}), @result)"
    ),
    (
      "x.transformMapEntry(k, v, p, e)",
      "__comprehension__(k, v, x, @result, {}, true, _?_:_(p, cel.@mapInsert(@result, e), @result), @result)"
    ),
    (
      "x.sortBy(e, e.k)",
      "__comprehension__(#unused, [], @__sortBy_input__, x, false, @__sortBy_input__, "
        + "@__sortBy_input__.@sortByAssociatedKeys(__comprehension__(e, @__sortBy_input__, @result, [], true, "
        + "_+_(@result, [e.k]), @result)))"
    ),
    // Calls that do not match a macro's shape stay calls.
    ("x.transformList(i, v)", "x.transformList(i, v)"),
    ("x.transformMap(k, v, p, t, u)", "x.transformMap(k, v, p, t, u)"),
    ("transformMap(k, v, t)", "transformMap(k, v, t)"),
    ("x.sortBy(e)", "x.sortBy(e)"),
  ])
  func expansion(_ example: (source: String, tree: String)) {
    #expect(render(example.source) == example.tree)
  }

  @Test(arguments: [
    ("x.all(k, k, p)", "         ^", "duplicate variable name: k"),
    ("x.transformMap(k, v.w, t)", "                   ^", "argument must be a simple name"),
    ("x.exists(1, v, p)", "         ^", "argument must be a simple name"),
    (
      "x.transformList(i, __result__, t)", "                   ^",
      "iteration variable overwrites accumulator variable"
    ),
    (
      "{}.sortBy(e, e)", "^",
      "sortBy can only be applied to a list, identifier, comprehension, call or select expression"
    ),
    (
      "'ab'.sortBy(e, e)", "^",
      "sortBy can only be applied to a list, identifier, comprehension, call or select expression"
    ),
    ("x.sortBy(e.f, e)", "          ^", "argument must be a simple name"),
  ])
  func invalid(_ example: (source: String, caret: String, message: String)) {
    let expected = CELSyntaxError(offset: caretOffset(example.caret), message: example.message)
    #expect(syntaxErrors(example.source) == [expected])
  }
}
