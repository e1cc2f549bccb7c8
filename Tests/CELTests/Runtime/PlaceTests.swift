import CEL
import Testing

/// `x.f`, `has(x.f)` and their joined guard read the map of a variable or a loop variable where
/// it is held: they must mean what they mean on the value evaluated (`dyn(x)` hides the
/// variable), whatever the variable holds, lazily computed or not bound at all.
@Suite("Reads in place")
struct PlaceTests {
  let environment = Environment(variables: [("x", .dyn), ("lazy", .dyn), ("unbound", .dyn), ("xs", .dyn)])

  /// The value of `source` with `x` bound to `x`, `lazy` to a program computing `x`, and `xs`
  /// to a list holding `x`, or the error message.
  func outcome(_ source: String, x: Value) throws -> String {
    let activation = Activation(environment: environment)
    activation.set("x", x)
    activation.setLazy(1, try environment.compile("x"))
    activation.set("xs", .list([x]))
    let program = try environment.compile(source)
    do {
      return try program.evaluate(activation).debugText
    } catch {
      return "error: \(error.message) at \(error.offset ?? -1)"
    }
  }

  @Test(arguments: [
    Value.map(MapValue(stringKeyed: [("f", .int(1))])),
    .map(MapValue(stringKeyed: [("f", .null)])),
    .map(MapValue(stringKeyed: [("g", .string("two"))])),
    .map(MapValue()),
    .string("not a map"),
    .null,
    .list([.int(1)]),
  ])
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
}
