import CEL
import Testing

/// cel-go's optional library and the lists extension's `first` and `last`.
@Suite("Optional library")
struct OptionalLibraryTests {
  @Test(arguments: [
    ("null", false), ("false", false), ("0", false), ("0u", false), ("0.0", false), ("-0.0", false),
    ("''", false), ("b''", false), ("[]", false), ("{}", false), ("timestamp(0)", false),
    ("duration('0s')", false), ("true", true), ("-1", true), ("'a'", true), ("[0]", true),
    ("{'a': null}", true), ("timestamp(1)", true), ("duration('1ns')", true), ("int", true),
    ("optional.none()", true),
  ])
  func ofNonZeroValueKeepsAllButZeroValues(_ operand: String, _ kept: Bool) {
    Evaluation.expect("optional.ofNonZeroValue(\(operand)).hasValue()", .bool(kept))
  }

  @Test(arguments: [
    ("optional.of(0).hasValue()", Value.bool(true)),
    ("optional.none().hasValue()", .bool(false)),
    ("optional.of('a').value()", .string("a")),
    ("optional.none().orValue(7)", .int(7)),
    ("optional.of(1).orValue(7)", .int(1)),
    ("optional.none().or(optional.of(2))", .optional(.int(2))),
    ("optional.of(1).or(optional.of(2))", .optional(.int(1))),
    ("optional.none().or(optional.none())", .none),
    // `or` and `orValue` evaluate their argument only when the receiver is none.
    ("optional.of(1).orValue(1 / 0)", .int(1)),
    ("optional.of(1).or(optional.of(1 / 0)).value()", .int(1)),
    ("optional.of(x).optMap(v, v * 2)", .optional(.int(14))),
    ("optional.none().optMap(v, v * 2)", .none),
    ("optional.of(record).optFlatMap(r, r.?a)", .optional(.int(1))),
    ("optional.of(record).optFlatMap(r, r.?z)", .none),
    ("optional.of(2).optMap(v, optional.of(3).optMap(w, v * w)).value().value()", .int(6)),
    ("items.first()", .optional(.int(1))),
    ("items.last()", .optional(.int(3))),
    ("[].first()", .none),
    ("[].last().orValue('none')", .string("none")),
    ("[?optional.none(), ?items.first(), 5]", .list([.int(1), .int(5)])),
    ("{?'a': record.?a, ?'z': record.?z}", .map(MapValue(stringKeyed: [("a", .int(1))]))),
  ])
  func evaluates(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("optional.none().value()", "optional.none() dereference"),
    ("optional.none().orValue(1 / 0)", "division by zero"),
    ("dyn(1).orValue(2)", "no such overload: orValue(int)"),
    ("optional.none().or(dyn(2))", "no such overload: or(optional_type, int)"),
    ("[?dyn(1)]", "cannot initialize optional list element from non-optional value 1"),
    ("{?'a': dyn(1)}", "cannot initialize optional entry 'a' from non-optional value 1"),
    ("{?'a': optional.of(1), 'a': 2}", "repeated key in map literal: 'a'"),
  ])
  func fails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }
}
