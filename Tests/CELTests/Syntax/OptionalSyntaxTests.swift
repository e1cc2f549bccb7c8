import CEL
import Testing

/// The optional syntax parses as cel-go parses it: `a.?f` and `a[?k]` are calls of `_?._` and
/// `_[?_]`, `?` marks list elements, map entries and field initializers, and `optMap` and
/// `optFlatMap` expand to a choice on `hasValue()`.
@Suite struct OptionalSyntaxTests {
  @Test(arguments: [
    ("a.?b", "_?._(a, \"b\")"),
    ("a.?`b-c`", "_?._(a, \"b-c\")"),
    ("a.?b.c", "_?._(a, \"b\").c"),
    ("a.?b.?c", "_?._(_?._(a, \"b\"), \"c\")"),
    ("a[?0]", "_[?_](a, 0)"),
    ("a.?b[?'k'].orValue(1)", "_[?_](_?._(a, \"b\"), \"k\").orValue(1)"),
    ("[?a, b, ?c]", "[?a, b, ?c]"),
    ("{?'k': v, 'l': w}", "{?\"k\": v, \"l\": w}"),
    ("Msg{?f: v}", "Msg{?f: v}"),
    ("a ? b : c", "_?_:_(a, b, c)"),
    (
      "o.optMap(x, x + 1)",
      "__comprehension__(#unused, [], @optional, o, false, @optional, _?_:_(@optional.hasValue(), "
        + "optional.of(__comprehension__(#unused, [], x, @optional.value(), false, x, _+_(x, 1))), "
        + "optional.none()))"
    ),
    (
      "o.optFlatMap(x, x.?y)",
      "__comprehension__(#unused, [], @optional, o, false, @optional, _?_:_(@optional.hasValue(), "
        + "__comprehension__(#unused, [], x, @optional.value(), false, x, _?._(x, \"y\")), "
        + "optional.none()))"
    ),
  ])
  func parses(_ source: String, _ expected: String) {
    #expect(render(source) == expected)
  }

  @Test func optionalSelectionIsPlacedAtTheDotAndItsNameAtTheName() throws {
    let root = try #require(parsedRoot("ab.?cd"))
    #expect(root.offset == 2)
    guard case .call(_, _, let args) = root.kind else {
      Issue.record("not a call: \(root)")
      return
    }
    #expect(args[1].offset == 4)
  }
}
