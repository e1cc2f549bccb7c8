import CEL
import Testing

/// The static cost estimate: an upper bound of what the run-time meter charges, from the sizes
/// the host hints, growing with loops as their ranges allow.
@Suite("Static cost estimates")
struct CostEstimatorTests {
  private let environment = Environment(variables: [("items", .dyn), ("text", .dyn), ("n", .dyn)])
  /// `items` has 100 elements whose `name` is up to 50 bytes; `text` is up to 1,000 bytes.
  private let hints = SizeHints(unknown: ValueSize(count: 10, elementCount: 10)) { path in
    switch path {
    case ["items"]: ValueSize(count: 100, elementCount: 2)
    case ["items", "*", "name"]: ValueSize(count: 50)
    case ["text"]: ValueSize(count: 1_000)
    default: nil
    }
  }

  private func estimate(_ source: String, known: [String: CostEstimate] = [:]) throws -> CostEstimate {
    try environment.estimateCost(of: source, hints: hints, known: known)
  }

  @Test func straightLineExpressionsCostTheirNodes() throws {
    #expect(try estimate("n + 1 > 2").cost < 10)
    #expect(try estimate("n + 1 > 2").references == ["n"])
  }

  @Test func loopsCostTheirIterationsTimesTheirBody() throws {
    let one = try estimate("items.exists(i, i.name == 'x')").cost
    let nested = try estimate("items.exists(i, items.exists(j, i.name == j.name))").cost
    let thrice = try estimate("items.exists(i, items.exists(j, items.exists(k, i.name == k.name)))").cost
    #expect(one >= 100 && one < 2_000)
    #expect(nested >= 100 * one / 2)
    #expect(thrice >= 100 * nested / 2)
  }

  @Test func twoVariableLoopsCostAsOneVariableLoopsDo() throws {
    let one = try estimate("items.exists(i, i.name == 'x')").cost
    let two = try estimate("items.exists(k, i, i.name == 'x')").cost
    #expect(two == one)
    let nested = try estimate("items.exists(k, i, items.exists(l, j, i.name == j.name))").cost
    #expect(nested >= 100 * one / 2)
    // The second variable has the size of the range's elements; the map built has an entry per element.
    let names = try estimate("items.transformMap(k, i, i.name + i.name)")
    #expect(names.size == ValueSize(count: 100, elementCount: 100))
    #expect(try estimate("items.transformList(k, i, i.name)").size == ValueSize(count: 100, elementCount: 50))
  }

  @Test func aLoopVariableHasTheSizeOfItsRangesElements() throws {
    // Each name is at most 50 bytes: concatenating two is at most 100 bytes.
    let names = try estimate("items.map(i, i.name + i.name)")
    #expect(names.size == ValueSize(count: 100, elementCount: 100))
  }

  @Test func theEstimateIsAnUpperBoundOfTheRunTimeCharge() throws {
    let source = "items.filter(i, i.name.size() > 3).map(i, i.name + '!').size() > 1"
    let estimated = try estimate(source).cost
    // The largest values the hints allow: 100 items with 50-byte names.
    let item = Value.map(MapValue(stringKeyed: [("name", .string(String(repeating: "a", count: 50)))]))
    let program = try environment.compile(source)
    let activation = Activation(environment: environment)
    activation.set(0, .list(Array(repeating: item, count: 100)))
    _ = try program.evaluate(activation)
    #expect(activation.meter.spent <= estimated)
    #expect(activation.meter.spent > 0)
  }

  @Test func optionalReadsAreEstimatedAsTheReadsTheyWrap() throws {
    let source = "items.filter(i, i[?'name'].hasValue()).map(i, i.?name.orValue('') + '!').size() > 1"
    let estimated = try estimate(source)
    let item = Value.map(MapValue(stringKeyed: [("name", .string(String(repeating: "a", count: 50)))]))
    let activation = Activation(environment: environment)
    activation.set(0, .list(Array(repeating: item, count: 100)))
    _ = try environment.compile(source).evaluate(activation)
    #expect(activation.meter.spent <= estimated.cost)
    #expect(activation.meter.spent >= 200)
    #expect(try estimate("items[?0].orValue(text)").size.count == 1_000)
  }

  @Test func aLetKeepsThePlaceOfTheValueItNames() throws {
    let list = try estimate("items == null ? [] : items")
    #expect(list.path == ["items"])
    let named = try estimate("list.exists(i, i.name.size() > 3)", known: ["list": list])
    #expect(named.cost >= 100)
    #expect(named.references == ["list"])
  }

  @Test func unknownValuesHaveTheUnknownSize() throws {
    #expect(try estimate("n.exists(x, x > 0)").cost >= 10)
  }

  @Test func costsSaturateInsteadOfOverflowing() throws {
    let huge = SizeHints(unknown: ValueSize(count: .max, elementCount: .max))
    let cost = try environment.estimateCost(of: "n.exists(a, n.exists(b, n.exists(c, a == b)))", hints: huge)
      .cost
    #expect(cost == .max)
  }
}
