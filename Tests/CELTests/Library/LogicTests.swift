import CEL
import Testing

@Suite("Logic")
struct LogicTests {
  @Test(arguments: [
    ("true && false", Value.bool(false)),
    ("false && (1 / 0 == 0)", .bool(false)),
    ("(1 / 0 == 0) && false", .bool(false)),
    ("true || (1 / 0 == 0)", .bool(true)),
    ("(1 / 0 == 0) || true", .bool(true)),
    ("dyn('s') && false", .bool(false)),
    ("dyn('s') || true", .bool(true)),
    ("!false", .bool(true)),
    ("x > 5 ? 'big' : 'small'", .string("big")),
    ("true ? 1 : 1 / 0", .int(1)),
    ("false ? 1 / 0 : 2", .int(2)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("(1 / 0 == 0) && true", "division by zero"),
    ("true && (1 / 0 == 0)", "division by zero"),
    ("(1 / 0 == 0) || (2 % 0 == 0)", "division by zero"),
    ("(2 % 0 == 0) && (1 / 0 == 0)", "modulus by zero"),
    ("false || dyn('s')", "no such overload: ||(string)"),
    ("dyn('c') ? 1 : 2", "no such overload: ?:(string)"),
    ("!dyn(0)", "no such overload: !(int)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
