import CEL
import CELConformance
import Testing

/// Two-variable comprehensions (cel-go's `ext.TwoVarComprehensions`): a list's index and
/// element, a map's key and value.
@Suite("Two-variable comprehensions")
struct TwoVariableComprehensionTests {
  @Test(arguments: [
    ("[1, 2, 3].all(i, j, i < j)", Value.bool(true)),
    ("{'hello': 'world', 'taco': 'taco'}.all(k, v, k != v)", .bool(false)),
    ("{'h': ['hello', 'hi'], 'j': ['joke', 'jog']}.all(k, vals, vals.all(v, v.startsWith(k)))", .bool(true)),
    (
      "{'greeting': 'hello', 'farewell': 'goodbye'}.exists(k, v, k.startsWith('good') || v.endsWith('bye'))",
      .bool(true)
    ),
    ("[1, 2, 4, 8, 16].exists(i, v, v == 1024 && i == 10)", .bool(false)),
    ("[1, 2, 1, 3, 1, 4].existsOne(i, v, i == 1 || v == 1)", .bool(false)),
    ("[1, 1, 2, 2, 3, 3].existsOne(i, v, i == 2 && v == 2)", .bool(true)),
    ("{'i': 0, 'j': 1, 'k': 2}.existsOne(i, v, i == 'l' || v == 1)", .bool(true)),
    ("[1, 2, 3].transformList(i, v, (i * v) + v)", .list([.int(1), .int(4), .int(9)])),
    ("[1, 2, 3].transformList(i, v, i % 2 == 0, (i * v) + v)", .list([.int(1), .int(9)])),
    (
      "{'greeting': 'hello', 'farewell': 'goodbye'}.transformList(k, _, k)",
      .list([.string("greeting"), .string("farewell")])
    ),
    (
      "{'greeting': 'hello', 'farewell': 'goodbye'}.transformList(_, v, v)",
      .list([.string("hello"), .string("goodbye")])
    ),
    ("items.transformList(i, v, v > 1, i)", .list([.int(1), .int(2)])),
    ("[1, 2, 3].transformMap(i, v, (i * v) + v) == {0: 1, 1: 4, 2: 9}", .bool(true)),
    ("[1, 2, 3].transformMap(i, v, i % 2 == 0, (i * v) + v) == {0: 1, 2: 9}", .bool(true)),
    ("{'greeting': 'hello'}.transformMap(k, v, v + '!') == {'greeting': 'hello!'}", .bool(true)),
    ("{'greeting': 'hello'}.transformMapEntry(k, v, {v: k}) == {'hello': 'greeting'}", .bool(true)),
    ("[1, 2, 3].transformMapEntry(i, v, {v: i}) == {1: 0, 2: 1, 3: 2}", .bool(true)),
    ("[1, 2, 3].transformMapEntry(i, v, v > 1, {v: i, -v: i}) == {2: 1, -2: 1, 3: 2, -3: 2}", .bool(true)),
    ("record.transformMap(k, v, k == 'a', v)", .map(MapValue(stringKeyed: [("a", .int(1))]))),
    // The second variable is the inner scope; the variables shadow outer names and end with the loop.
    ("items.all(x, i, x < 3 && i > 0)", .bool(true)),
    (
      "[[1], [2, 3]].transformList(i, l, l.transformList(i, v, i + v))",
      .list([.list([.int(1)]), .list([.int(2), .int(4)])])
    ),
    ("items.exists(i, v, v == 3) && x == 7", .bool(true)),
    ("cel.bind(v, 10, [1].transformList(i, v, v) + [v])", .list([.int(1), .int(10)])),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    (
      "{'greeting': 'aloha', 'farewell': 'aloha'}.transformMapEntry(k, v, {v: k})",
      "insert failed: key 'aloha' already exists"
    ),
    (
      "[1, 2].transformMapEntry(i, v, v)",
      "transformMapEntry() needs a map of entries to add, not a value of type 'int'"
    ),
    ("[1.5].transformMapEntry(i, v, {v: i})", "unsupported key type: double"),
    ("[1, 0].transformMap(i, v, 1 / v)", "division by zero"),
    ("[1, 'a'].transformList(i, v, i == 0 ? true : 'no', v)", "no such overload"),
    ("[1, 'a'].all(i, v, v > 0)", "no such overload: >(string, int)"),
    ("[0, 1].existsOne(i, v, 1 / v == 1)", "division by zero"),
    ("dyn(5).exists(k, v, true)", "cannot iterate over a value of type 'int'"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }

  /// A loop no macro lowers to (a sum of a map's values, keyed by the key) binds both variables
  /// in the general comprehension node, over a map and over a list.
  @Test(arguments: [
    ("{'a': 1, 'b': 20}", "k == 'b' ? 100 * v : v", Value.int(2001)),
    ("[5, 7]", "k == 1 ? 100 * v : v", Value.int(705)),
  ])
  func aLoopOfNoMacroShapeBindsBothVariables(_ range: String, _ term: String, _ expected: Value) throws {
    let parts = try Parser().parse("[\(range), 0, true, s + (\(term)), s]")
    guard case .list(let items, _) = parts.root.kind else {
      Issue.record("expected a list")
      return
    }
    let loop = Comprehension(
      iterVar: "k", iterVar2: "v", iterRange: items[0], accuVar: "s", accuInit: items[1],
      loopCondition: items[2], loopStep: items[3], result: items[4])
    let program = try Evaluation.environment.compile(
      Expr(id: parts.nextID, offset: 0, kind: .comprehension(loop)))
    let value = try program.evaluate(Activation(environment: Evaluation.environment))
    #expect(ConformanceSuite.strictlyEqual(value, expected), "\(value.debugText)")
  }
}
