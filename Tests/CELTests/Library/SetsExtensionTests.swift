import CEL
import Testing

/// cel-go's documented examples of `ext.Sets`: CEL equality, so numbers of different kinds match.
@Suite("Sets extension")
struct SetsExtensionTests {
  @Test(arguments: [
    ("sets.contains([], [])", true),
    ("sets.contains([], [1])", false),
    ("sets.contains([1, 2, 3, 4], [2, 3])", true),
    ("sets.contains([1, 2.0, 3u], [1.0, 2u, 3])", true),
    ("sets.contains([1], [1.0])", true),
    ("sets.contains([1], [1.5])", false),
    ("sets.contains([[1], ['a']], [['a'], [1.0]])", true),
    ("sets.contains(['a', 'b'], ['b', 'c'])", false),
    ("sets.equivalent([], [])", true),
    ("sets.equivalent([1], [1, 1])", true),
    ("sets.equivalent([1], [1u, 1.0])", true),
    ("sets.equivalent([1, 2, 3], [3u, 2.0, 1])", true),
    ("sets.equivalent([1, 2], [1])", false),
    ("sets.intersects([1], [])", false),
    ("sets.intersects([], [1])", false),
    ("sets.intersects([1], [1, 2])", true),
    ("sets.intersects([[1], [2, 3]], [[1, 2], [2, 3.0]])", true),
    ("sets.intersects(['a'], ['b'])", false),
    ("sets.contains(items, [3, 1])", true),
  ])
  func evaluates(_ source: String, _ expected: Bool) {
    Evaluation.expect(source, .bool(expected))
  }

  @Test func takesListsOnly() {
    Evaluation.expectError("sets.contains(dyn([1]), dyn(1))", "no such overload: sets.contains(list, int)")
  }
}
