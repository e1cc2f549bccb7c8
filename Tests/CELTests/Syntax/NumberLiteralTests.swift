import CEL
import Testing

@Suite struct NumberLiteralTests {
  @Test(arguments: [
    ("0", Constant.int(0)),
    ("42", .int(42)),
    ("007", .int(7)),
    ("0x2A", .int(42)),
    ("0x2a", .int(42)),
    ("-0x2A", .int(-42)),
    ("9223372036854775807", .int(.max)),
    ("-9223372036854775808", .int(.min)),
    ("-0x8000000000000000", .int(.min)),
    ("0u", .uint(0)),
    ("42U", .uint(42)),
    ("0x1Fu", .uint(31)),
    ("0xffU", .uint(255)),
    ("18446744073709551615u", .uint(.max)),
    ("0.0", .double(0)),
    ("1.5", .double(1.5)),
    (".5", .double(0.5)),
    ("1e3", .double(1000)),
    ("1E3", .double(1000)),
    ("1e+2", .double(100)),
    ("2.5e-3", .double(0.0025)),
    ("0e+0", .double(0)),
    ("-2.3e+1", .double(-23)),
    ("1e-324", .double(0)),
    ("1.7976931348623157e308", .double(.greatestFiniteMagnitude)),
  ])
  func literal(_ example: (source: String, value: Constant)) {
    #expect(parsedConstant(example.source) == example.value)
  }

  @Test(arguments: [
    ("9223372036854775808", "^", "integer literal out of range"),
    ("-9223372036854775809", "^", "integer literal out of range"),
    ("--9223372036854775808", "  ^", "integer literal out of range"),
    ("99999999999999999999", "^", "integer literal out of range"),
    ("0x8000000000000000", "^", "integer literal out of range"),
    ("0x10000000000000000", "^", "integer literal out of range"),
    ("18446744073709551616u", "^", "unsigned integer literal out of range"),
    ("0x10000000000000000u", "^", "unsigned integer literal out of range"),
    ("1e309", "^", "double literal out of range"),
    ("-1e309", " ^", "double literal out of range"),
    ("0x", "^", "invalid hexadecimal literal '0x'"),
    ("0xg", "^", "invalid hexadecimal literal '0x'"),
    ("0X1", " ^", "unexpected 'X1'"),
    ("1.", "  ^", "unexpected end of expression, expected a field name"),
    ("1.5e", "   ^", "unexpected 'e'"),
    ("123abc", "   ^", "unexpected 'abc'"),
  ])
  func invalid(_ example: (source: String, caret: String, message: String)) {
    let expected = CELSyntaxError(offset: caretOffset(example.caret), message: example.message)
    #expect(syntaxErrors(example.source) == [expected])
  }

  @Test func outOfRangeLiteralsAreAllReported() {
    #expect(
      syntaxErrors("9223372036854775808 + 18446744073709551616u") == [
        CELSyntaxError(offset: 0, message: "integer literal out of range"),
        CELSyntaxError(offset: 22, message: "unsigned integer literal out of range"),
      ])
  }
}
