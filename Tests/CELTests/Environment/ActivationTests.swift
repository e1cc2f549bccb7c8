import CEL
import Testing

@Suite("Activations and lazy bindings")
struct ActivationTests {
  let base = Environment(variables: [("n", .int)])

  @Test func evaluatesLazyBindingsOnFirstUseOnly() throws {
    let environment = base.extending(variables: [("double", .dyn), ("quadruple", .dyn)])
    let activation = Activation(environment: environment)
    activation.set(0, .int(5))
    activation.setLazy(1, try environment.compile("n * 2"))
    activation.setLazy(2, try environment.compile("double * 2"))
    let program = try environment.compile("quadruple + double")
    #expect(try program.evaluate(activation).debugText == "30")
    // The memoized values survive a change of `n`: bindings are computed once per activation.
    activation.set(0, .int(100))
    #expect(try program.evaluate(activation).debugText == "30")
  }

  @Test func throwsALazyBindingsErrorWhereItIsUsed() throws {
    let environment = base.extending(variables: [("broken", .dyn)])
    let activation = Activation(environment: environment)
    activation.set(0, .int(0))
    activation.setLazy(1, try environment.compile("10 / n"))
    #expect(try environment.compile("n == 0 || broken > 1").evaluate(activation).boolValue == true)
    let error = #expect(throws: EvalError.self) { try environment.compile("broken + 1").evaluate(activation) }
    #expect(error?.message == "division by zero")
  }

  @Test func detectsCyclicBindings() throws {
    let environment = base.extending(variables: [("a", .dyn), ("b", .dyn)])
    let activation = Activation(environment: environment)
    activation.setLazy(1, try environment.compile("b + 1"))
    activation.setLazy(2, try environment.compile("a + 1"))
    let error = #expect(throws: EvalError.self) { try environment.compile("a").evaluate(activation) }
    #expect(error?.message == "variable 'a' depends on itself")
  }

  @Test func reportsUnboundVariables() throws {
    let error = #expect(throws: EvalError.self) {
      try base.compile("n + 1").evaluate(Activation(environment: base))
    }
    #expect(error?.message == "no value bound for variable 'n'")
    #expect(error?.offset == 0)
  }

  @Test func runsOneProgramFromManyThreads() async throws {
    let environment = Environment(variables: [("items", .list(.int))])
    let program = try environment.compile("items.filter(i, i % 2 == 0).map(i, i * i).size()")
    let counts = await withTaskGroup(of: Int64.self) { group in
      for size in 0..<16 {
        group.addTask {
          let activation = Activation(environment: environment)
          activation.set(0, .list((0..<size).map { .int(Int64($0)) }))
          guard case .int(let count)? = try? program.evaluate(activation) else { return -1 }
          return count
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    let expected: [Int64] = (0..<16).map { size in Int64((size + 1) / 2) }
    #expect(counts.sorted() == expected)
  }

  @Test func addsUserFunctionsAndOverloads() throws {
    let shout = FunctionDecl(
      "shout",
      [
        Overload("shout_string", member: true, .string, .string) { (value: Value) throws(EvalError) in
          guard case .string(let s) = value else { throw EvalError("not a string") }
          return .string(s.uppercased() + "!")
        }
      ])
    let sizeOfInt = FunctionDecl(
      "size", [Overload("size_int", .int, .int) { (value: Value) throws(EvalError) in value }])
    let environment = Environment(variables: [("s", .string)], functions: [shout, sizeOfInt])
    let activation = Activation(environment: environment)
    activation.set(0, .string("hi"))
    #expect(try environment.compile("s.shout()").evaluate(activation).stringValue == "HI!")
    #expect(try environment.compile("size(41) + size('ab')").evaluate(activation).debugText == "43")
  }

  @Test func rebindingKeepsTheBaseSlotsAndForgetsTheRest() throws {
    let first = base.extending(variables: [("a", .dyn), ("b", .dyn)])
    let second = base.extending(variables: [("c", .dyn)])
    let activation = Activation(environment: first)
    activation.set(0, .int(2))
    activation.setLazy(1, try first.compile("n + 1"))
    activation.set(2, .int(7))
    #expect(try first.compile("a + b").evaluate(activation).debugText == "10")

    let times10 = try second.compile("n * 10")
    activation.rebind(to: LazyBindings(environment: second, keepingFirst: 1, programs: [(1, times10)]))
    #expect(try second.compile("c + n").evaluate(activation).debugText == "22")

    activation.rebind(to: LazyBindings(environment: first, keepingFirst: 1, programs: []))
    let error = #expect(throws: EvalError.self) { try first.compile("b").evaluate(activation) }
    #expect(error != nil)
    #expect(try first.compile("n").evaluate(activation).debugText == "2")
  }

  @Test func rebindingRunsEachProgramOncePerAdoption() throws {
    let extended = base.extending(variables: [("a", .dyn), ("b", .dyn)])
    let activation = Activation(environment: extended)
    activation.set(0, .int(2))
    let bindings = LazyBindings(
      environment: extended, keepingFirst: 1,
      programs: [(1, try extended.compile("n + 1")), (2, try extended.compile("a * 10"))])
    let sum = try extended.compile("a + b + a")
    activation.rebind(to: bindings)
    #expect(try sum.evaluate(activation).debugText == "36")
    // Adopted again, the programs run again, on the variables as they are now.
    activation.set(0, .int(4))
    activation.rebind(to: bindings)
    #expect(try sum.evaluate(activation).debugText == "60")
    // A value set after adoption wins over the slot's program.
    activation.rebind(to: bindings)
    activation.set(2, .int(0))
    #expect(try sum.evaluate(activation).debugText == "10")
  }

  @Test func aProgramForAKeptSlotReplacesItsBinding() throws {
    let extended = base.extending(variables: [("a", .dyn)])
    let activation = Activation(environment: extended)
    activation.set(0, .int(2))
    activation.rebind(
      to: LazyBindings(
        environment: extended, keepingFirst: 1, programs: [(0, try extended.compile("40 + 2"))]))
    #expect(try extended.compile("n").evaluate(activation).debugText == "42")
  }

  /// A lazy program runs borrowed from the adopted bindings, not retained: a function that
  /// rebinds the activation while it runs must not free it.
  @Test func aProgramRebindingItsActivationKeepsRunning() throws {
    final class Rebinding: @unchecked Sendable {
      var activation: Activation?
      var next: LazyBindings?
    }
    let rebinding = Rebinding()
    let rebind = FunctionDecl(
      "rebind",
      [
        Overload("rebind_int", .int, .int) { (value: Value) throws(EvalError) in
          if let activation = rebinding.activation, let next = rebinding.next {
            rebinding.next = nil
            activation.rebind(to: next)
          }
          return value
        }
      ])
    let extended = Environment(variables: [("n", .int)], functions: [rebind]).extending(variables: [
      ("a", .dyn)
    ])
    let activation = Activation(environment: extended)
    activation.set(0, .int(2))
    rebinding.activation = activation
    // The program of `a` is held by the adopted bindings alone, which the call replaces.
    activation.rebind(
      to: LazyBindings(
        environment: extended, keepingFirst: 1,
        programs: [(1, try extended.compile("[rebind(n), n * 10, [1, 2].map(i, i + n)]"))]))
    rebinding.next = LazyBindings(
      environment: extended, keepingFirst: 1, programs: [(1, try extended.compile("n"))])
    #expect(try extended.compile("a").evaluate(activation).debugText == "[2, 20, [3, 4]]")
    rebinding.activation = nil
  }
}
