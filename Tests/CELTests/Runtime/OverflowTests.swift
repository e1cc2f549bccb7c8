import CEL
import Testing

/// Arguments at the ends of the 64-bit range: each is an evaluation error or a value, never an
/// arithmetic trap that ends the process.
@Suite("Overflow at the edges of the integer range")
struct OverflowTests {
  /// Inputs that used to trap and now fail as CEL errors.
  @Test(arguments: [
    // The whole part of a duration component overflowed while adding its last digit.
    ("duration('9223372036854775808s')", "range error: cannot parse '9223372036854775808s' as a duration"),
    ("duration('-9223372036854775809s')", "range error: cannot parse '-9223372036854775809s' as a duration"),
    ("duration('9223372036854775808ns')", "range error: cannot parse '9223372036854775808ns' as a duration"),
    (
      "duration('-9223372036854775808ns')", "range error: cannot parse '-9223372036854775808ns' as a duration"
    ),
    ("duration('9223372036854775809h')", "range error: cannot parse '9223372036854775809h' as a duration"),
    (
      "duration('1h9223372036854775808s')", "range error: cannot parse '1h9223372036854775808s' as a duration"
    ),
  ])
  func formerTrapsFail(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }

  /// Inputs that used to trap and have a value.
  @Test(arguments: [
    // Any negative count replaces every occurrence, as in Go; the count is no longer decremented.
    ("'aaa'.replace('a', 'b', -9223372036854775808)", Value.string("bbb")),
    ("'aaa'.replace('', 'b', -9223372036854775808)", .string("bababab")),
    ("'aaa'.replace('a', 'b', -1)", .string("bbb")),
    ("'aaa'.replace('a', 'b', 9223372036854775807)", .string("bbb")),
    ("'aaa'.replace('a', 'b', 2)", .string("bba")),
  ])
  func formerTrapsEvaluate(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  /// The largest durations a component can spell still parse.
  @Test(arguments: [
    ("duration('9223372036854775807ns')", Value.duration(Duration(nanoseconds: .max))),
    ("duration('-9223372036854775807ns')", .duration(Duration(nanoseconds: -.max))),
    ("duration('2562047h47m16.854775807s')", .duration(Duration(nanoseconds: .max))),
  ])
  func durationLimitsParse(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  /// Neighbours of the traps above, already checked: they must stay errors.
  @Test(arguments: [
    ("duration('99999999999999999999h')", "range error: cannot parse"),
    ("duration('99999999999999999999ns')", "range error: cannot parse"),
    ("duration('2562047h47m16.854775808s')", "range error: cannot parse"),
    ("duration('2562047h') + duration('2562047h')", "range error: duration out of range"),
    ("duration('-2562047h') - duration('2562047h')", "range error: duration out of range"),
    ("timestamp('9999-12-31T23:59:59Z') + duration('1s')", "range error: timestamp out of range"),
    ("timestamp('0001-01-01T00:00:00Z') - duration('1s')", "range error: timestamp out of range"),
    (
      "timestamp('0001-01-01T00:00:00Z') - timestamp('9999-12-31T23:59:59Z')",
      "range error: duration out of range"
    ),
    ("timestamp(9223372036854775807)", "range error: timestamp 9223372036854775807 is out of range"),
    ("timestamp(-9223372036854775807 - 1)", "range error"),
    ("int(9.3e18)", "range error"),
    ("int(-9.3e18)", "range error"),
    ("uint(-1)", "range error"),
    ("uint(1.9e19)", "range error"),
    ("int('-9223372036854775809')", "type conversion error"),
    ("-(-9223372036854775807 - 1)", "integer overflow"),
    ("9223372036854775807 + 1", "integer overflow"),
    ("(-9223372036854775807 - 1) / -1", "integer overflow"),
    ("(-9223372036854775807 - 1) % -1", "integer overflow"),
    ("18446744073709551615u * 2u", "integer overflow"),
    ("'abc'.substring(-9223372036854775807 - 1, 9223372036854775807)", "index out of range"),
    ("'abc'.substring(9223372036854775807)", "invalid substring range"),
    ("'abc'.substring(1, -9223372036854775807 - 1)", "invalid substring range"),
    ("'abc'.charAt(9223372036854775807)", "index out of range"),
    ("'abc'.charAt(-9223372036854775807 - 1)", "index out of range"),
    ("'abc'.indexOf('b', 9223372036854775807)", "index out of range"),
    ("'abc'.indexOf('b', -9223372036854775807 - 1)", "index out of range"),
    ("'abc'.lastIndexOf('b', 9223372036854775807)", "index out of range"),
    ("'abc'.lastIndexOf('b', -9223372036854775807 - 1)", "index out of range"),
    ("'%10000000000d'.format([1])", "could not parse formatting clause"),
    ("'%.10000000000f'.format([1.0])", "invalid precision"),
    ("'%.99999999999999999999999f'.format([1.0])", "invalid precision"),
    ("[1, 2, 3][-9223372036854775807 - 1]", "index out of range"),
    ("[1, 2, 3][9223372036854775807u]", "index out of range"),
  ])
  func checkedNeighboursFail(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }

  /// Split limits at the ends of the range give every piece.
  @Test(arguments: [
    "'a,b,c'.split(',', 9223372036854775807)", "'a,b,c'.split(',', -9223372036854775807 - 1)",
  ])
  func splitLimits(_ source: String) {
    Evaluation.expect(source, .list([.string("a"), .string("b"), .string("c")]))
  }
}
