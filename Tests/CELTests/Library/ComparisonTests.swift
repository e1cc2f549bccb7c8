import CEL
import Testing

@Suite("Equality and ordering")
struct ComparisonTests {
  @Test(arguments: [
    ("1 == 1.0", Value.bool(true)),
    ("dyn(1) == 1u", .bool(true)),
    ("dyn(-1) == 18446744073709551615u", .bool(false)),
    ("0.0 / 0.0 == 0.0 / 0.0", .bool(false)),
    ("0.0 / 0.0 != 0.0 / 0.0", .bool(true)),
    ("[1, 2.0, 3u] == [1u, 2, 3.0]", .bool(true)),
    ("[1, 'a'] == [1, 2]", .bool(false)),
    ("{'a': 1, 'b': 2} == {'b': 2.0, 'a': 1u}", .bool(true)),
    ("{1: 'x'} == {1u: 'x'}", .bool(true)),
    ("'Am\\u00E9lie' == 'Ame\\u0301lie'", .bool(false)),
    ("null == null", .bool(true)),
    ("dyn(null) == false", .bool(false)),
    ("type(1) == int", .bool(true)),
    ("type([1]) == type(['a'])", .bool(true)),
    ("timestamp(0) == timestamp('1970-01-01T00:00:00Z')", .bool(true)),
    ("1 < 1.5", .bool(true)),
    ("dyn(2u) < 2.5", .bool(true)),
    ("dyn(-1) < 0u", .bool(true)),
    ("dyn(9223372036854775808u) > 1", .bool(true)),
    ("'a' < 'b' && 'abc' < 'abd' && 'a' < 'é'", .bool(true)),
    ("b'a' < b'b'", .bool(true)),
    ("false < true", .bool(true)),
    ("1.0 < 0.0 / 0.0 || 1.0 >= 0.0 / 0.0", .bool(false)),
    ("duration('1s') < duration('2s')", .bool(true)),
    ("timestamp(1) >= timestamp(1)", .bool(true)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("[1] < [2]", "no matching overload for '<'"),
    ("null < null", "no matching overload"),
    ("dyn('a') < 1", "no such overload: <(string, int)"),
    ("dyn({}) <= dyn({})", "no such overload: <=(map, map)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
