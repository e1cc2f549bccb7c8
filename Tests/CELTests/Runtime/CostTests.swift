import CEL
import Testing

/// The cost budget and size limits: runaway expressions end in a located limit error, promptly,
/// and the same expression always costs the same.
@Suite("Evaluation cost and size limits")
struct CostTests {
  /// A list literal of the numbers 0..<count.
  private static func numbers(_ count: Int) -> String {
    "[" + (0..<count).map(String.init).joined(separator: ",") + "]"
  }

  /// Evaluates `source` with `limits` in a fresh activation; returns the outcome and the meter.
  private static func run(_ source: String, limits: EvaluationLimits = .default) throws -> (
    Result<Value, EvalError>, CostMeter
  ) {
    let environment = Environment(variables: [])
    let program = try environment.compile(source)
    let activation = Activation(environment: environment)
    activation.meter.reset(limits: limits)
    do {
      return (.success(try program.evaluate(activation)), activation.meter)
    } catch {
      return (.failure(error), activation.meter)
    }
  }

  @Test func nestedLoopsOverLongListsStopAtTheBudget() throws {
    let list = Self.numbers(1000)
    let source = "\(list).exists(a, \(list).exists(b, \(list).exists(c, a + b + c < 0)))"
    let (outcome, meter) = try Self.run(source, limits: EvaluationLimits(cost: 1_000_000))
    guard case .failure(let error) = outcome else {
      Issue.record("expected the cost limit, got \(outcome)")
      return
    }
    #expect(error.message == "evaluation cost exceeded the limit of 1000000 units")
    #expect(error.exceedsLimit)
    #expect(error.offset != nil)
    #expect(meter.isExhausted)
  }

  @Test func nestedMapsStopBeforeBuildingBillionsOfElements() throws {
    let list = Self.numbers(1000)
    let (outcome, _) = try Self.run("\(list).map(a, \(list).map(b, \(list).map(c, c))).size()")
    guard case .failure(let error) = outcome else {
      Issue.record("expected the cost limit, got \(outcome)")
      return
    }
    #expect(error.exceedsLimit)
  }

  @Test func twoVariableLoopsChargeEachIterationAsOneVariableLoopsDo() throws {
    let list = Self.numbers(1000)
    let (outcome, meter) = try Self.run(
      "\(list).exists(i, a, \(list).exists(j, b, \(list).exists(k, c, a + b + c < 0)))",
      limits: EvaluationLimits(cost: 1_000_000))
    guard case .failure(let error) = outcome else {
      Issue.record("expected the cost limit, got \(outcome)")
      return
    }
    #expect(error.exceedsLimit)
    #expect(error.offset != nil)
    #expect(meter.isExhausted)
    // One iteration per element, whichever the form: the same loop with one variable costs the same.
    let (_, two) = try Self.run("\(Self.numbers(50)).all(i, x, x >= 0)")
    let (_, one) = try Self.run("\(Self.numbers(50)).all(x, x >= 0)")
    #expect(two.spent == one.spent)
    let (_, built) = try Self.run("\(Self.numbers(50)).transformMap(i, x, x * 2).size()")
    #expect(built.spent > 100)
  }

  @Test func aBuiltMapLargerThanTheLimitFails() throws {
    let limits = EvaluationLimits(collectionSize: 50)
    let (outcome, _) = try Self.run("\(Self.numbers(100)).transformMap(i, x, x * 2)", limits: limits)
    guard case .failure(let error) = outcome else {
      Issue.record("expected the size limit, got \(outcome)")
      return
    }
    #expect(error.message == "size limit exceeded: a map of 100 entries (the limit is 50 entries)")
    let (range, _) = try Self.run("lists.range(100)", limits: limits)
    #expect(throws: EvalError.self) { try range.get() }
  }

  @Test func fortyVariablesThatEachDoubleAStringHitTheSizeLimit() throws {
    // As forty `let`s of a rule: s0 = 'ab', then each variable the previous one twice.
    let names = (0...40).map { "s\($0)" }
    let environment = Environment(variables: names.map { ($0, CELType.dyn) })
    let activation = Activation(environment: environment)
    activation.set(0, .string("ab"))
    for slot in 1...40 {
      activation.setLazy(slot, try environment.compile("s\(slot - 1) + s\(slot - 1)"))
    }
    let program = try environment.compile("s40.size()")
    do throws(EvalError) {
      let value = try program.evaluate(activation)
      Issue.record("expected the size limit, got \(value.debugText)")
    } catch {
      #expect(error.message.hasPrefix("size limit exceeded: a string of 33554432 bytes"))
      #expect(error.exceedsLimit)
    }
  }

  @Test func aBuiltListLargerThanTheLimitFails() throws {
    let limits = EvaluationLimits(collectionSize: 50)
    let (outcome, _) = try Self.run("\(Self.numbers(100)).map(x, x * 2)", limits: limits)
    guard case .failure(let error) = outcome else {
      Issue.record("expected the size limit, got \(outcome)")
      return
    }
    #expect(error.message == "size limit exceeded: a list of 100 elements (the limit is 50 elements)")
  }

  @Test func anAbsorbedLimitStillLeavesTheMeterExhausted() throws {
    // `||` absorbs the error of its left operand when the right one is true; the host sees
    // from the meter that the run went over its budget anyway.
    let list = Self.numbers(100)
    let (outcome, meter) = try Self.run(
      "\(list).exists(a, \(list).exists(b, a + b < 0)) || true", limits: EvaluationLimits(cost: 1000))
    #expect(try outcome.get().debugText == "true")
    #expect(meter.isExhausted)
  }

  @Test func theSameExpressionAlwaysCostsTheSame() throws {
    let source = "\(Self.numbers(50)).filter(x, x % 3 == 0).map(x, string(x) + '!').size()"
    let (first, firstMeter) = try Self.run(source)
    let (second, secondMeter) = try Self.run(source)
    #expect(try first.get().debugText == "17")
    #expect(try second.get().debugText == "17")
    #expect(firstMeter.spent == secondMeter.spent)
    #expect(firstMeter.spent > 50)
  }

  @Test func resettingStartsANewRun() throws {
    let (_, meter) = try Self.run("\(Self.numbers(200)).all(x, x >= 0)", limits: EvaluationLimits(cost: 100))
    #expect(meter.isExhausted)
    meter.reset()
    #expect(!meter.isExhausted)
    #expect(meter.spent == 0)
    #expect(meter.limits.cost == 100)
  }

  @Test func smallExpressionsStayFarBelowTheBudget() throws {
    let (outcome, meter) = try Self.run("'hello world'.contains('world') && [1, 2, 3].exists(x, x == 2)")
    #expect(try outcome.get().debugText == "true")
    #expect(meter.spent < 100)
  }
}
