import CEL
import Testing

/// cel-go's documented examples of `ext.Lists` (and its tests' errors), without `first`/`last`.
@Suite("Lists extension")
struct ListsExtensionTests {
  @Test(arguments: [
    ("lists.range(5)", Value.list([.int(0), .int(1), .int(2), .int(3), .int(4)])),
    ("lists.range(0)", .list([])),
    ("[1, 2, 3, 4].slice(1, 3)", .list([.int(2), .int(3)])),
    ("[1, 2, 3, 4].slice(2, 4)", .list([.int(3), .int(4)])),
    ("[1, 2, 3, 4].slice(4, 4)", .list([])),
    ("[1, [2, 3], [4]].flatten()", .list([.int(1), .int(2), .int(3), .int(4)])),
    ("[1, [2, [3, 4]]].flatten()", .list([.int(1), .int(2), .list([.int(3), .int(4)])])),
    ("[1, 2, [], [], [3, 4]].flatten()", .list([.int(1), .int(2), .int(3), .int(4)])),
    ("[1, [2, [3, [4]]]].flatten(2)", .list([.int(1), .int(2), .int(3), .list([.int(4)])])),
    (
      "[1, [2, [3, [4]]]].flatten(0)",
      .list([.int(1), .list([.int(2), .list([.int(3), .list([.int(4)])])])])
    ),
    ("[[1], [2]].flatten()", .list([.int(1), .int(2)])),
    ("[3, 2, 1].sort()", .list([.int(1), .int(2), .int(3)])),
    ("['b', 'c', 'a'].sort()", .list([.string("a"), .string("b"), .string("c")])),
    ("[2.5, -1.0, 0.0].sort()", .list([.double(-1), .double(0), .double(2.5)])),
    ("[true, false].sort()", .list([.bool(false), .bool(true)])),
    ("[duration('2s'), duration('1s')].sort() == [duration('1s'), duration('2s')]", .bool(true)),
    ("[b'b', b'a'].sort()", .list([.bytes([97]), .bytes([98])])),
    ("[].sort()", .list([])),
    ("['foo', 'bar', 'baz'].sortBy(s, s)", .list([.string("bar"), .string("baz"), .string("foo")])),
    ("[-3, 1, -2].sortBy(n, n * n)", .list([.int(1), .int(-2), .int(-3)])),
    // Equal keys keep their order.
    (
      "['bb', 'a', 'cc', 'd'].sortBy(s, s.size())",
      .list([.string("a"), .string("d"), .string("bb"), .string("cc")])
    ),
    (
      "[{'name': 'foo', 'score': 0}, {'name': 'bar', 'score': -10}, {'name': 'baz', 'score': 1000}]"
        + ".sortBy(e, e.score).map(e, e.name)",
      .list([.string("bar"), .string("foo"), .string("baz")])
    ),
    ("items.sortBy(i, -i)", .list([.int(3), .int(2), .int(1)])),
    ("[1, 2, 2, 3, 3, 3].distinct()", .list([.int(1), .int(2), .int(3)])),
    ("['b', 'b', 'c', 'a', 'c'].distinct()", .list([.string("b"), .string("c"), .string("a")])),
    ("[1, 'b', 2, 'b'].distinct()", .list([.int(1), .string("b"), .int(2)])),
    ("[1, 1.0, 1u, 2.5, 2.5, [1], [1.0]].distinct()", .list([.int(1), .double(2.5), .list([.int(1)])])),
    ("[5, 3, 1, 2].reverse()", .list([.int(2), .int(1), .int(3), .int(5)])),
    ("'abc'.reverse()", .string("cba")),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("lists.range(-1)", "lists.range: size must be non-negative, got -1"),
    ("lists.range(10000001)", "lists.range: size 10000001 exceeds maximum allowed (10000000)"),
    ("[1, 2, 3].slice(-1, 2)", "cannot slice(-1, 2), negative indexes not supported"),
    ("[1, 2, 3].slice(2, 1)", "cannot slice(2, 1), start index must be less than or equal to end index"),
    ("[1, 2, 3].slice(0, 4)", "cannot slice(0, 4), list is length 3"),
    ("[1, [2, [3, [4]]]].flatten(-1)", "level must be non-negative"),
    ("[1, 'b'].sort()", "list elements must have the same type"),
    ("[1, 2u].sort()", "list elements must have the same type"),
    ("[[1, 2, 3]].sort()", "list elements must be comparable"),
    ("[1, 2].sortBy(i, [i])", "list elements must be comparable"),
    ("[1, 2].sortBy(i, i == 1 ? 'a' : 2)", "list elements must have the same type"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
