import CEL
import Testing

/// Optional values at run time: their representation, equality, type, text, and reading through
/// them with `.`, `[]` and `has()`.
@Suite("Optional values")
struct OptionalValueTests {
  @Test func anOptionalDoesNotGrowValue() {
    // 16 bytes of payload (a string) and a tag, before and after optionals were added.
    #expect(MemoryLayout<Value>.size == 17)
  }

  @Test(arguments: [
    ("optional.none() == optional.none()", true),
    ("optional.of(1) == optional.of(1.0)", true),
    ("optional.of(1) == optional.of(2)", false),
    ("optional.of(1) == optional.none()", false),
    ("optional.of(1) == dyn(1)", false),
    ("optional.of(null) != optional.none()", true),
    ("[optional.of('a')] == [optional.of('a')]", true),
    ("type(optional.of(1)) == optional_type", true),
    ("type(optional.none()) == type(optional.of('a'))", true),
    ("type(optional.none()) == map", false),
  ])
  func compares(_ source: String, _ expected: Bool) {
    Evaluation.expect(source, .bool(expected))
  }

  @Test func printsAsTheCallsThatMakeThem() {
    #expect(Value.optional(.int(1)).debugText == "optional.of(1)")
    #expect(Value.optional(.optional(nil)).debugText == "optional.of(optional.none())")
    #expect(Value.none.debugText == "optional.none()")
    #expect(Value.optional(.string("a")).runtimeType.description == "optional_type(dyn)")
  }

  @Test(arguments: [
    // `.` and `[]` on an optional read through it, and stay optional.
    ("optional.of(record).a", Value.optional(.int(1))),
    ("optional.of(record).missing", .none),
    ("optional.none().a.b", .none),
    ("optional.of(record).nested.c", .optional(.bool(true))),
    ("optional.of(items)[1]", .optional(.int(2))),
    ("optional.of(items)[3]", .none),
    ("optional.of(record)['b']", .optional(.string("two"))),
    ("record.?nested.c.orValue(false)", .bool(true)),
    ("record.?missing.c.orValue(false)", .bool(false)),
    ("items[?-1]", .none),
    ("dyn({1u: 'one'})[?1.0]", .optional(.string("one"))),
    // `has()` through an optional: false for none, else the presence of the key.
    ("has(record.?nested.c)", .bool(true)),
    ("has(record.?missing.c)", .bool(false)),
    // The usual guard, read in one step, means what its two halves mean.
    ("has(record.?nested.c) && record.?nested.c != null", .bool(true)),
    ("has(record.?missing.c) && record.?missing.c != null", .bool(false)),
    ("has(optional.of({'f': null}).f) && optional.of({'f': null}).f != null", .bool(true)),
  ])
  func readsThroughOptionals(_ source: String, _ expected: Value) {
    Evaluation.expect(source, expected)
  }

  @Test(arguments: [
    ("optional.of(1).a", "no such key: 'a'"),
    ("dyn(1).?a", "type 'int' does not support field selection ('a')"),
    ("optional.of(1)[0]", "no such key: 0"),
    ("items[?'a']", "no such overload"),
    ("has(optional.of(1).a)", "type 'int' does not support field selection ('a')"),
  ])
  func readingWhatHasNoEntriesFails(_ source: String, _ message: String) {
    Evaluation.expectError(source, message)
  }

  @Test func theGuardOfAFieldReadInOneStepMeansWhatItsHalvesMean() throws {
    // Planned as one node: through an optional, `o.f` is an optional, never null.
    let environment = Environment(variables: [("o", .dyn)])
    let program = try environment.compile("has(o.f) && o.f != null")
    let activation = Activation(environment: environment)
    activation.set(0, .optional(.map(MapValue(stringKeyed: [("f", .null)]))))
    #expect(try program.evaluate(activation).boolValue == true)
    activation.set(0, .none)
    #expect(try program.evaluate(activation).boolValue == false)
    activation.set(0, .optional(.map(MapValue())))
    #expect(try program.evaluate(activation).boolValue == false)
  }

  @Test func errorsPointAtTheStepThatFailed() throws {
    let environment = Environment(variables: [("o", .dyn)])
    let activation = Activation(environment: environment)
    activation.set(0, .optional(.int(1)))
    let select = try #require(throws: EvalError.self) { try environment.compile("o.a").evaluate(activation) }
    #expect(select.message == "no such key: 'a'")
    #expect(select.offset == 1)
    let value = try #require(throws: EvalError.self) {
      try environment.compile("o.hasValue() && optional.none().value() == 1").evaluate(activation)
    }
    #expect(value.message == "optional.none() dereference")
    #expect(value.offset == 31)
  }
}
