import CEL
import Testing

/// `x.f`, `has(x.f)` and their joined guard read the map of a variable or a loop variable where
/// it is held, and a comparison with a constant (`x == null`, `x.f == 'a'`) reads the value
/// there: they must mean what they mean on the value evaluated (`dyn(x)` hides the variable),
/// whatever the variable holds, lazily computed, failing or not bound at all.
@Suite("Reads in place")
struct PlaceTests {
  let environment = Environment(variables: [
    ("x", .dyn), ("lazy", .dyn), ("unbound", .dyn), ("xs", .dyn), ("broken", .dyn),
  ])

  /// The value of `source` with `x` bound to `x`, `lazy` to a program computing `x`, `xs` to a
  /// list holding `x`, and `broken` to a program that fails, or the error message.
  func outcome(_ source: String, x: Value) throws -> String {
    let activation = Activation(environment: environment)
    activation.set("x", x)
    activation.setLazy(1, try environment.compile("x"))
    activation.set("xs", .list([x]))
    activation.setLazy(4, try environment.compile("1 / (size(xs) - 1)"))
    let program = try environment.compile(source)
    do {
      return try program.evaluate(activation).debugText
    } catch {
      return "error: \(error.message) at \(error.offset ?? -1)"
    }
  }

  static let values: [Value] = [
    .map(MapValue(stringKeyed: [("f", .int(1))])),
    .map(MapValue(stringKeyed: [("f", .null)])),
    .map(MapValue(stringKeyed: [("g", .string("two"))])),
    .map(MapValue(stringKeyed: [("f", .double(1))])),
    .map(MapValue(stringKeyed: [("f", .bool(true))])),
    .map(MapValue(stringKeyed: [("f", .string("two"))])),
    .map(MapValue(stringKeyed: [("f", .string("a string longer than fifteen bytes"))])),
    .map(MapValue(stringKeyed: [("f", .list([.int(1)]))])),
    .map(MapValue()),
    .string("not a map"),
    .null,
    .list([.int(1)]),
  ]

  @Test(arguments: values)
  func meanWhatTheyMeanOnTheValue(_ x: Value) throws {
    // `dyn(...)` hides the variable from the nodes reading it; the spaces keep every error
    // offset the same in both forms.
    let pairs = [
      ("    x .f", "dyn(x).f"),
      ("has(    x .f)", "has(dyn(x).f)"),
      ("has(    x .f) &&     x .f != null", "has(dyn(x).f) && dyn(x).f != null"),
      ("[    lazy .f,     lazy .f]", "[dyn(lazy).f, dyn(lazy).f]"),
      ("[has(    lazy .f), has(    lazy .f)]", "[has(dyn(lazy).f), has(dyn(lazy).f)]"),
      ("    unbound .f", "dyn(unbound).f"),
      ("has(    unbound .f)", "has(dyn(unbound).f)"),
      ("xs.map(m,     m .f)", "xs.map(m, dyn(m).f)"),
      ("xs.filter(m, has(    m .f))", "xs.filter(m, has(dyn(m).f))"),
      ("xs.exists(m, has(    m .f) &&     m .f != null)", "xs.exists(m, has(dyn(m).f) && dyn(m).f != null)"),
    ]
    for (inPlace, evaluated) in pairs {
      let expected = try outcome(evaluated, x: x)
      #expect(try outcome(inPlace, x: x) == expected, "\(inPlace) should be \(expected)")
    }
  }

  @Test(arguments: values)
  func compareWithConstantsAsOnTheValue(_ x: Value) throws {
    let pairs = [
      ("    x  == null", "dyn(x) == null"),
      ("null !=     x ", "null != dyn(x)"),
      ("    x .f == null", "dyn(x).f == null"),
      ("    x .f != null", "dyn(x).f != null"),
      ("    x .f == 1", "dyn(x).f == 1"),
      ("1.0 ==     x .f", "1.0 == dyn(x).f"),
      ("    x .f == true", "dyn(x).f == true"),
      ("    x .f != false", "dyn(x).f != false"),
      ("    x .f == 'two'", "dyn(x).f == 'two'"),
      (
        "'a string longer than fifteen bytes' ==     x .f", "'a string longer than fifteen bytes' == dyn(x).f"
      ),
      ("    x .f == [1]", "dyn(x).f == [1]"),
      ("[    lazy .f == 1,     lazy .f == 1]", "[dyn(lazy).f == 1, dyn(lazy).f == 1]"),
      ("[    lazy  == null,     lazy  == null]", "[dyn(lazy) == null, dyn(lazy) == null]"),
      ("    unbound  == null", "dyn(unbound) == null"),
      ("    unbound .f != null", "dyn(unbound).f != null"),
      ("    broken  == null", "dyn(broken) == null"),
      ("xs.map(m,     m .f == 1)", "xs.map(m, dyn(m).f == 1)"),
      ("xs.filter(m,     m  != null)", "xs.filter(m, dyn(m) != null)"),
      ("xs.exists(m,     m .f == 'two')", "xs.exists(m, dyn(m).f == 'two')"),
    ]
    for (inPlace, evaluated) in pairs {
      let expected = try outcome(evaluated, x: x)
      #expect(try outcome(inPlace, x: x) == expected, "\(inPlace) should be \(expected)")
    }
  }
}
