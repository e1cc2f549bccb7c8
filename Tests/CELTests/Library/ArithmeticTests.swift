import CEL
import Testing

@Suite("Arithmetic")
struct ArithmeticTests {
  @Test(arguments: [
    ("1 + 2 * 3", Value.int(7)),
    ("7 / 2", .int(3)),
    ("-7 / 2", .int(-3)),
    ("-7 % 3", .int(-1)),
    ("7u % 3u", .uint(1)),
    ("2.5 * 2.0", .double(5)),
    ("1.0 / 0.0", .double(.infinity)),
    ("-(0.0)", .double(-0.0)),
    ("x - 10", .int(-3)),
    ("-9223372036854775807 - 1", .int(.min)),
    ("18446744073709551615u - 1u", .uint(18_446_744_073_709_551_614)),
    ("'ab' + 'cd'", .string("abcd")),
    ("b'ab' + b'c'", .bytes([97, 98, 99])),
    ("[1] + [dyn(2.0)]", .list([.int(1), .double(2)])),
    ("duration('1h') + duration('30m') == duration('90m')", .bool(true)),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("9223372036854775807 + 1", "integer overflow"),
    ("-9223372036854775808 - 1", "integer overflow"),
    ("-(-9223372036854775808)", "integer overflow"),
    ("-9223372036854775808 / -1", "integer overflow"),
    ("-9223372036854775808 % -1", "integer overflow"),
    ("4611686018427387904 * 2", "integer overflow"),
    ("0u - 1u", "integer overflow"),
    ("1 / 0", "division by zero"),
    ("1u / 0u", "division by zero"),
    ("1 % 0", "modulus by zero"),
    ("1.5 % 1.0", "no matching overload for '%'"),
    ("dyn(1.5) % dyn(1.0)", "no such overload: %(double, double)"),
    ("1 + 1u", "no matching overload for '+'"),
    ("-(1u)", "no matching overload for '-'"),
    ("x + 'a'", "no such overload: +(int, string)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
