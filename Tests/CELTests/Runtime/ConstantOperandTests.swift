import CEL
import Testing

/// Calls and comparisons with one constant operand hold the constant instead of evaluating it:
/// the order of the operands, the overload chosen and the errors must stay those of the source.
@Suite("Constant operands")
struct ConstantOperandTests {
  @Test(arguments: [
    ("x == 7", Value.bool(true)), ("7 == x", .bool(true)), ("x != 7.0", .bool(false)),
    ("7u == x", .bool(true)), ("null == x", .bool(false)), ("x != null", .bool(true)),
    ("name == 'Ada'", .bool(true)), ("'ada' != name", .bool(true)), ("items == [1, 2, 3]", .bool(true)),
    ("x - 10", .int(-3)), ("10 - x", .int(3)), ("'Hi ' + name", .string("Hi Ada")),
    ("name + '!'", .string("Ada!")), ("x > 6.5", .bool(true)), ("1 < x", .bool(true)),
    ("items + [4]", .list([.int(1), .int(2), .int(3), .int(4)])),
  ])
  func keepTheOrderOfTheSource(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("dyn(name) + 1", "no such overload: +(string, int)"),
    ("1 + dyn(name)", "no such overload: +(int, string)"),
    ("x / 0", "division by zero"),
    ("100 / (x - 7)", "division by zero"),
  ])
  func failAsTheCallWould(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
