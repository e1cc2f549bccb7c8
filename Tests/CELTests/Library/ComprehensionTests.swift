import CEL
import Testing

@Suite("Macros and comprehensions")
struct ComprehensionTests {
  @Test(arguments: [
    ("items.all(i, i > 0)", Value.bool(true)),
    ("items.exists(i, i == 2)", .bool(true)),
    ("items.exists_one(i, i > 1)", .bool(false)),
    ("items.map(i, i * 2)", .list([.int(2), .int(4), .int(6)])),
    ("items.map(i, i > 1, i * 10)", .list([.int(20), .int(30)])),
    ("items.filter(i, i % 2 == 1)", .list([.int(1), .int(3)])),
    ("record.all(k, k != '')", .bool(true)),
    ("record.map(k, k)", .list([.string("a"), .string("b"), .string("nested")])),
    ("[1, 0, 2].all(i, 6 / i > 100)", .bool(false)),
    ("[0, 1].exists(i, 6 / i == 6)", .bool(true)),
    ("[[1, 2], [3]].all(l, l.all(i, i < 4))", .bool(true)),
    ("items.exists(x, x == 3) && x == 7", .bool(true)),
    ("items.map(i, items.filter(j, j > i).size())", .list([.int(2), .int(1), .int(0)])),
    ("cel.bind(twice, x * 2, twice + twice)", .int(28)),
    ("[].all(i, false) && ![].exists(i, true)", .bool(true)),
    // Nested macros reuse one accumulator name, and a loop variable may shadow an outer one.
    ("[[1, 2], [3]].filter(l, l.exists(i, i > 2))", .list([.list([.int(3)])])),
    ("items.filter(i, [i].exists(i, i > 1))", .list([.int(2), .int(3)])),
    ("items.map(i, [i, i].exists_one(j, j == 2))", .list([.bool(false), .bool(false), .bool(false)])),
    ("items.map(i, items.map(i, i).size() + i)", .list([.int(4), .int(5), .int(6)])),
    // Kept elements move into the result: none, all, some, with a filter on `map`, elements
    // that hold storage, and a predicate that reads the list being filtered.
    ("items.filter(i, i > 5)", .list([])),
    ("items.filter(i, true)", .list([.int(1), .int(2), .int(3)])),
    ("items.map(i, i != 2, i)", .list([.int(1), .int(3)])),
    (
      "['a', 'a string longer than fifteen bytes', 'b'].filter(s, s.size() > 1)",
      .list([.string("a string longer than fifteen bytes")])
    ),
    ("[[1], [], [2, 3]].filter(l, l.size() > 0).map(l, l.size())", .list([.int(1), .int(2)])),
    ("items.filter(i, items.filter(j, j == i).size() == 1)", .list([.int(1), .int(2), .int(3)])),
    ("record.filter(k, k != 'b')", .list([.string("a"), .string("nested")])),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("[1, 0].all(i, 6 / i > 0)", "division by zero"),
    ("[0, 1].exists(i, 6 / i == 7)", "division by zero"),
    ("[1, 0].map(i, 6 / i)", "division by zero"),
    ("[1, 0].filter(i, 6 / i > 1)", "division by zero"),
    ("[1, 2].filter(i, i == 1 ? true : 'no')", "no such overload"),
    ("[1, 'a'].all(i, i > 0)", "no such overload: >(string, int)"),
    ("[1].exists(i, dyn(i))", "no such overload: ||(int)"),
    ("dyn(5).all(i, true)", "cannot iterate over a value of type 'int'"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
