import CEL
import Testing

@Suite("Strings extension")
struct StringExtensionTests {
  @Test(arguments: [
    ("'tacocat'.charAt(3)", Value.string("o")),
    ("'tacocat'.charAt(7)", .string("")),
    ("'ta©o©αT'.indexOf('©', 3)", .int(4)),
    ("'tacocat'.indexOf('')", .int(0)),
    ("'tacocat'.lastIndexOf('at')", .int(5)),
    ("'bananananana'.lastIndexOf('nana', 7)", .int(6)),
    ("'TacoCÆt'.lowerAscii()", .string("tacocÆt")),
    ("'tacoCαt'.upperAscii()", .string("TACOCαT")),
    ("'{0} days {0} hours'.replace('{0}', '2', 1)", .string("2 days {0} hours")),
    ("'ab'.replace('', '-')", .string("-a-b-")),
    ("'a,b,c'.split(',')", .list([.string("a"), .string("b"), .string("c")])),
    ("'a,b,c'.split(',', 2)", .list([.string("a"), .string("b,c")])),
    ("'abc'.split('')", .list([.string("a"), .string("b"), .string("c")])),
    ("'a,b'.split(',', 0)", .list([])),
    ("'ta©o©αT'.substring(2, 6)", .string("©o©α")),
    ("'  \\t text \\u3000'.trim()", .string("text")),
    // Nothing to trim (the string comes back as it is), one side only, nothing but whitespace.
    ("'text with inner  spaces'.trim()", .string("text with inner  spaces")),
    ("'\\u3000text'.trim()", .string("text")),
    ("'text\\n'.trim()", .string("text")),
    ("' \\u2003 '.trim()", .string("")),
    ("''.trim()", .string("")),
    ("['x', 'y'].join('-')", .string("x-y")),
    ("[].join()", .string("")),
    ("[].join('-')", .string("")),
    ("['only'].join('-')", .string("only")),
    (
      "['a', '', 'ç', 'a string longer than fifteen bytes'].join(', ')",
      .string("a, , ç, a string longer than fifteen bytes")
    ),
    ("['a', 'b', 'c'].join()", .string("abc")),
    ("'Ta©oCαt'.reverse()", .string("tαCo©aT")),
    ("strings.quote('a\"b\\n')", .string("\"a\\\"b\\n\"")),
    ("'%s is %d years, %.2f%%'.format(['Ada', 36, 99.5])", .string("Ada is 36 years, 99.50%")),
    ("'%x %X %o %b'.format([255, 255u, 8, true])", .string("ff FF 10 1")),
    ("'%x'.format(['hi'])", .string("6869")),
    ("'%e'.format([1052.032911275])", .string("1.052033e+03")),
    ("'%.0f %.0f'.format([2.5, 3.5])", .string("2 4")),
    ("'%s'.format([[1, 'a', null, 2.5]])", .string("[1, a, null, 2.5]")),
    ("'%s'.format([{'b': 1, 'a': duration('90s')}])", .string("{a: 90s, b: 1}")),
    ("'%s %s'.format([timestamp(0), b'xy'])", .string("1970-01-01T00:00:00Z xy")),
    ("'%d'.format([dyn(1e20)])", .string("100000000000000000000")),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("'tacocat'.charAt(30)", "index out of range: 30"),
    ("'tacocat'.substring(4, 3)", "invalid substring range. start: 4, end: 3"),
    ("'tacocat'.substring(-1)", "index out of range: -1"),
    ("'tacocat'.lastIndexOf('a', 30)", "index out of range: 30"),
    ("[1].join()", "no such overload: join(list)"),
    ("['a', 1].join('-')", "no such overload: join(list)"),
    ("['a'].join(dyn(1))", "no such overload"),
    ("'%d %d'.format([1])", "index 1 out of range"),
    ("'%d'.format([dyn('a')])", "decimal clause can only be used on integers, was given string"),
    ("'%a'.format([1])", "unrecognized formatting clause \"a\""),
    ("dyn(42).charAt(1)", "no such overload: charAt(int, int)"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
