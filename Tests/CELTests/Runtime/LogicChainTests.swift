import CEL
import Testing

/// Chains of `&&` and `||` run as one node over all their operands, and `has(x.f) && x.f != null`
/// as one read: both must mean exactly what the nested binary operators mean.
@Suite("Logic chains")
struct LogicChainTests {
  /// An operand and what it evaluates to.
  enum Operand: CaseIterable, CustomStringConvertible {
    case yes, no, failing, notBool

    var source: String {
      switch self {
      case .yes: "t"
      case .no: "f"
      case .failing: "(1 / zero == 1)"
      case .notBool: "one"
      }
    }

    var description: String { source }
  }

  let environment = Environment(variables: [
    ("t", .dyn), ("f", .dyn), ("zero", .dyn), ("one", .dyn), ("x", .dyn),
  ])

  func activation(x: Value = .null) -> Activation {
    let activation = Activation(environment: environment)
    activation.set("t", .bool(true))
    activation.set("f", .bool(false))
    activation.set("zero", .int(0))
    activation.set("one", .int(1))
    activation.set("x", x)
    return activation
  }

  /// The value or the error message of `source`.
  func outcome(_ source: String, x: Value = .null) throws -> String {
    let program = try environment.compile(source)
    do {
      return try program.evaluate(activation(x: x)).debugText
    } catch {
      return "error: \(error.message)"
    }
  }

  /// What CEL's binary operator gives for two outcomes: the deciding value wins over an error on
  /// either side, then the left error, then the right one.
  func combine(_ lhs: String, _ rhs: String, deciding: String) -> String {
    if lhs == deciding || rhs == deciding { return deciding }
    if lhs.hasPrefix("error") { return lhs }
    if rhs.hasPrefix("error") { return rhs }
    return lhs
  }

  @Test(arguments: ["&&", "||"])
  func chainsOfThreeMeanNestedBinaryOperators(_ op: String) throws {
    let deciding = op == "&&" ? "false" : "true"
    // `c && true` (or `c || false`) is what `c` contributes as an operand: its Boolean, or the
    // error evaluating it or using a non-Boolean raises.
    let neutral = op == "&&" ? "t" : "f"
    for a in Operand.allCases {
      for b in Operand.allCases {
        for c in Operand.allCases {
          let pair = try outcome("\(a.source) \(op) \(b.source)")
          let expected = combine(pair, try outcome("\(c.source) \(op) \(neutral)"), deciding: deciding)
          let chained = try outcome("\(a.source) \(op) \(b.source) \(op) \(c.source)")
          #expect(chained == expected, "\(a) \(op) \(b) \(op) \(c)")
        }
      }
    }
  }

  @Test(arguments: [
    Value.map(MapValue(stringKeyed: [("f", .int(1))])),
    .map(MapValue(stringKeyed: [("f", .null)])),
    .map(MapValue(stringKeyed: [("g", .int(1))])),
    .map(MapValue()),
    .string("not a map"),
    .null,
    .list([.int(1)]),
  ])
  func guardingAFieldMeansTheTwoTestsItJoins(_ x: Value) throws {
    // `dyn(...)` keeps the second test apart, so it runs as written.
    let guarded = try outcome("has(x.f) && x.f != null", x: x)
    #expect(guarded == (try outcome("has(x.f) && dyn(x.f) != null", x: x)))
    #expect(
      try outcome("has(x.f) && x.f != null && x.f == 1", x: x)
        == outcome("has(x.f) && dyn(x.f) != null && x.f == 1", x: x))
    #expect(
      try outcome("t && has(x.f) && null != x.f || f", x: x)
        == outcome("t && has(x.f) && null != dyn(x.f) || f", x: x))
  }

  @Test func guardsFollowTheVariableTheyTest() throws {
    let x = Value.map(MapValue(stringKeyed: [("f", .int(1))]))
    // A different variable, or a different field, is a separate test, which fails here.
    #expect(try outcome("has(x.f) && one.f != null", x: x).hasPrefix("error: type 'int' does not support"))
    #expect(try outcome("has(x.f) && x.g != null", x: x).hasPrefix("error: no such key"))
  }

  @Test func operandsAfterTheDecidingOneAreNotEvaluated() throws {
    #expect(try outcome("f && 1 / zero == 1") == "false")
    #expect(try outcome("t || 1 / zero == 1") == "true")
    #expect(try outcome("1 / zero == 1 && f") == "false", "false wins over an earlier error")
    #expect(try outcome("1 / zero == 1 || t") == "true", "true wins over an earlier error")
  }
}
