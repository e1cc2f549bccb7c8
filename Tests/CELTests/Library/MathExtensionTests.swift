import CEL
import Testing

@Suite("Math extension")
struct MathExtensionTests {
  @Test(arguments: [
    ("math.greatest(1, 2.5, 3u)", Value.uint(3)),
    ("math.greatest([5.4, 10, 3u])", .int(10)),
    ("math.greatest(7)", .int(7)),
    ("math.least(1, -2.5, 3u)", .double(-2.5)),
    ("math.least([dyn(4u), dyn(2)])", .int(2)),
    ("math.ceil(1.2)", .double(2)),
    ("math.floor(-1.2)", .double(-2)),
    ("math.round(-1.5)", .double(-2)),
    ("math.round(2.5)", .double(3)),
    ("math.trunc(-1.7)", .double(-1)),
    ("math.abs(-11)", .int(11)),
    ("math.abs(-1.5)", .double(1.5)),
    ("math.sign(-32.0)", .double(-1)),
    ("math.sign(0u)", .uint(0)),
    ("math.isNaN(0.0 / 0.0)", .bool(true)),
    ("math.isInf(1.0 / 0.0)", .bool(true)),
    ("math.isFinite(1.5)", .bool(true)),
    ("math.bitAnd(1, 3)", .int(1)),
    ("math.bitOr(1u, 4u)", .uint(5)),
    ("math.bitXor(4, -2)", .int(-6)),
    ("math.bitNot(0)", .int(-1)),
    ("math.bitShiftLeft(1, 200)", .int(0)),
    ("math.bitShiftRight(-1024, 3)", .int(2_305_843_009_213_693_824)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test func overflowEmptinessAndNegativeShiftsAreErrors() {
    Evaluation.expectError("math.abs(-9223372036854775808)", "overflow")
    Evaluation.expectError("math.greatest([])", "the list is empty")
    Evaluation.expectError("math.greatest([1, 'a'])", "no such overload")
    Evaluation.expectError("math.bitShiftRight(1u, -1)", "negative offset")
  }
}
