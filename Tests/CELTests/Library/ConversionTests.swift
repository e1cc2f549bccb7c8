import CEL
import Testing

@Suite("Conversions and types")
struct ConversionTests {
  @Test(arguments: [
    ("int(42u)", Value.int(42)),
    ("int(-3.9)", .int(-3)),
    ("int('-17')", .int(-17)),
    ("int(timestamp('2009-02-13T23:31:30Z'))", .int(1_234_567_890)),
    ("uint(3.9)", .uint(3)),
    ("uint('300')", .uint(300)),
    ("double(1)", .double(1)),
    ("double('1e3')", .double(1000)),
    ("double('-Infinity')", .double(-.infinity)),
    ("string(123.456)", .string("123.456")),
    ("string(1e6)", .string("1e+06")),
    ("string(123456.0)", .string("123456")),
    ("string(-4.5e-3)", .string("-0.0045")),
    ("string(1e-5)", .string("1e-05")),
    ("string(true) + string(7u)", .string("true7")),
    ("string(b'\\303\\277')", .string("ÿ")),
    ("string(duration('1m30.5s'))", .string("90.5s")),
    ("string(duration('-1.5s'))", .string("-1.5s")),
    ("string(timestamp('2009-02-13T23:31:30.120+01:00'))", .string("2009-02-13T22:31:30.12Z")),
    ("bytes('ÿ')", .bytes([0xC3, 0xBF])),
    ("bool('TRUE') && !bool('f')", .bool(true)),
    ("type(1)", .type(.int)),
    ("type(type(1))", .type(.type(nil))),
    ("type(null)", .type(.null)),
    ("type({})", .type(.map(.dyn, .dyn))),
    ("type(duration('1s'))", .type(.duration)),
    ("google.protobuf.Timestamp == type(timestamp(0))", .bool(true)),
    ("dyn([1, 'a'])", .list([.int(1), .string("a")])),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("int(18446744073709551615u)", "range error"),
    ("int(9223372036854775807.0)", "range error"),
    ("int(-9223372036854775808.0)", "range error"),
    ("uint(-1)", "range error"),
    ("uint(-0.5)", "range error"),
    ("int('1.5')", "type conversion error"),
    ("bool('yes')", "type conversion error"),
    ("string(b'\\xff')", "invalid UTF-8"),
    ("timestamp('2009-13-01T00:00:00Z')", "range error"),
    ("timestamp(253402300800)", "range error"),
    ("duration('1d')", "range error"),
    ("dyn", "undeclared reference to 'dyn'"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
