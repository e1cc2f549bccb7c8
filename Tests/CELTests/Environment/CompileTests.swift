import CEL
import Testing

@Suite("Compiling")
struct CompileTests {
  let environment = Environment(variables: [("x", .int), ("a.b", .map(.string, .dyn)), ("a.b.c", .string)])

  /// Compiles `source` and returns the error's offset and message.
  func compileError(_ source: String) -> (offset: Int, message: String)? {
    do {
      _ = try environment.compile(source)
      return nil
    } catch {
      return (error.offset, error.message)
    }
  }

  @Test func reportsUndeclaredReferencesWithTheirOffset() throws {
    let error = try #require(compileError("x + y"))
    #expect(error.offset == 4)
    #expect(error.message == "undeclared reference to 'y'")
  }

  @Test func reportsUnknownFunctions() throws {
    let error = try #require(compileError("x + frobnicate(1)"))
    #expect(error.offset == 4)
    #expect(error.message == "undeclared reference to function 'frobnicate'")
  }

  @Test func reportsCallsWithNoOverloadOfThatShape() {
    #expect(compileError("size(x, x)")?.message == "no matching overload for 'size' with 2 arguments")
    #expect(
      compileError("x.startsWith()")?.message
        == "no matching overload for receiver-style 'startsWith' with 1 argument")
    #expect(compileError("'a' + 1")?.message == "found no matching overload for '+' applied to (string, int)")
  }

  /// The hint of the error compiling `source`.
  func hint(_ source: String) -> String? {
    do {
      _ = try environment.compile(source)
      return "compiled"
    } catch {
      return error.hint
    }
  }

  @Test func hintsHowToFixTheCommonMistakes() {
    #expect(
      hint("x * 1.5")
        == "CEL does not mix double and int in one operation: convert one operand, as in double(count) * 1.5 or int(hours)"
    )
    #expect(hint("x + 1u")?.hasPrefix("CEL does not mix int and uint") == true)
    #expect(hint("'a' + 1") == nil)
    #expect(
      hint("[1, 2].max()")?.hasPrefix("there is no max(); write math.greatest(a, b) or math.greatest(list)")
        == true)
    #expect(
      hint("[2, 1].sorted()")
        == "there is no sorted(); write list.sort(), or list.sortBy(x, key) to sort by a key")
    #expect(hint("[2, 1].unique()") == "there is no unique(); write list.distinct()")
  }

  @Test func aQualifiedFunctionWinsOverAConstantOfItsNamespace() throws {
    // Closeout's rule sets name their word lists `lists`, the namespace of `lists.range`.
    let environment = Environment(
      variables: [], constants: ["lists": .map(MapValue(stringKeyed: [("a", .list([]))]))])
    let activation = Activation(environment: environment)
    let range = try environment.compile("lists.range(2)").evaluate(activation)
    #expect(range.debugText == "[0, 1]")
    #expect(try environment.compile("lists.a.size()").evaluate(activation).debugText == "0")
  }

  @Test func aDurationInDaysSaysWhichUnitsThereAre() throws {
    let program = try environment.compile("duration('14d')")
    do {
      _ = try program.evaluate(Activation(environment: environment))
      Issue.record("'14d' is not a CEL duration")
    } catch {
      #expect(
        error.message.hasSuffix("it takes numbers with h, m, s, ms, us or ns, as in '336h' for 14 days"))
    }
  }

  @Test func reportsSyntaxErrorsAtTheirOffset() throws {
    let error = try #require(compileError("x + "))
    #expect(error.offset == 4)
  }

  @Test func reportsInvalidConstantArguments() {
    #expect(compileError("'a'.matches('[')")?.message.hasPrefix("invalid regular expression '['") == true)
    #expect(
      compileError("timestamp(0).getHours('Nowhere/City')")?.message == "unknown time zone 'Nowhere/City'")
    #expect(compileError("'%q'.format([1])")?.message.contains("unrecognized formatting clause") == true)
  }

  @Test func rejectsMessageConstruction() {
    #expect(compileError("Point{x: 1}")?.message.contains("protobuf messages are not supported") == true)
  }

  @Test func defersProblemsToEvaluationWhenUnchecked() throws {
    let program = try environment.compile("y || true", options: CompileOptions(checksDeclarations: false))
    #expect(try program.evaluate(Activation(environment: environment)).boolValue == true)
    let failing = try environment.compile("f(1)", options: CompileOptions(checksDeclarations: false))
    #expect(throws: EvalError.self) { try failing.evaluate(Activation(environment: environment)) }
  }

  @Test func resolvesTheLongestDeclaredQualifiedName() throws {
    let activation = Activation(environment: environment)
    activation.set("a.b", .map(MapValue(stringKeyed: [("c", .string("field")), ("d", .string("other"))])))
    activation.set("a.b.c", .string("variable"))
    #expect(try environment.compile("a.b.c").evaluate(activation).stringValue == "variable")
    #expect(try environment.compile("a.b.d").evaluate(activation).stringValue == "other")
  }

  @Test func foldsConstantExpressions() throws {
    #expect(try environment.compile("1 + 2 * 3 == 7 && 'ab'.size() == 2").constantValue?.boolValue == true)
    #expect(try environment.compile("[1, 2].map(i, i * 2)").constantValue == nil)
    #expect(try environment.compile("x + 1").constantValue == nil)
    // A failing constant sub-expression is kept, so that `||` can still absorb its error.
    #expect(try environment.compile("1 / 0 == 1 || true").constantValue == nil)
  }

  @Test func typeNamesResolveUnlessShadowed() throws {
    let shadowing = Environment(variables: [("int", .string)])
    let activation = Activation(environment: shadowing)
    activation.set(0, .string("shadowed"))
    #expect(try shadowing.compile("int").evaluate(activation).stringValue == "shadowed")
    #expect(try environment.compile("type(1) == int").constantValue?.boolValue == true)
  }
}
