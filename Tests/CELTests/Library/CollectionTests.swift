import CEL
import Testing

@Suite("Lists, maps, fields and membership")
struct CollectionTests {
  @Test(arguments: [
    ("size(items)", Value.int(3)),
    ("items.size()", .int(3)),
    ("size('héllo')", .int(5)),
    ("size(b'ab')", .int(2)),
    ("size(record)", .int(3)),
    ("items[1]", .int(2)),
    ("items[dyn(2u)]", .int(3)),
    ("items[dyn(0.0)]", .int(1)),
    ("2 in items", .bool(true)),
    ("2.0 in items", .bool(true)),
    ("'2' in items", .bool(false)),
    ("name in ['Ada', 'Grace']", .bool(true)),
    ("'a' in record", .bool(true)),
    ("'z' in record", .bool(false)),
    ("record.a", .int(1)),
    ("record['b']", .string("two")),
    ("record.nested.c", .bool(true)),
    ("has(record.a)", .bool(true)),
    ("has(record.z)", .bool(false)),
    ("has(record.nested.c)", .bool(true)),
    ("{1: 'a', 2u: 'b'}[2]", .string("b")),
    ("{1: 'a'}[dyn(1.0)]", .string("a")),
    ("{'k': [1, {'j': null}]}.k[1].j", .null),
    ("{true: 1, 'a': 2}.size()", .int(2)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("items[3]", "index out of range: 3"),
    ("items[-1]", "index out of range: -1"),
    ("items[dyn(0.5)]", "invalid list index"),
    ("items[dyn('0')]", "no such overload: [](list, string)"),
    ("record.z", "no such key: 'z'"),
    ("record['z']", "no such key: 'z'"),
    ("x.field", "type 'int' does not support field selection"),
    ("has(x.field)", "does not support field selection"),
    ("{1: 'a', 1u: 'b'}", "repeated key in map literal: 1u"),
    ("{dyn(1.5): 'a'}", "unsupported key type: double"),
    ("{dyn(null): 'a'}", "unsupported key type: null_type"),
    ("size(x)", "no such overload: size(int)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
