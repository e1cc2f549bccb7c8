import CEL
import Testing

@Suite("Type checking")
struct CheckerTests {
  let environment = Environment(variables: [
    ("name", .string), ("count", .int), ("items", .list(.int)), ("record", .map(.string, .dyn)),
    ("any", .dyn),
  ])

  @Test(arguments: [
    ("1 + 2", CELType.int),
    ("1u * 2u", .uint),
    ("'a' + name", .string),
    ("name.size() + count", .int),
    ("[1, 2]", .list(.int)),
    ("[1, 'a']", .list(.dyn)),
    ("{'a': 1.5}", .map(.string, .double)),
    ("items[0]", .int),
    ("record.a", .dyn),
    ("record.a.b.c", .dyn),
    ("any + 1", .int),
    ("count == 1.0", .bool),
    ("count > 1.5", .bool),
    ("count > 1 ? 'x' : 'y'", .string),
    ("count > 1 ? 'x' : 1", .dyn),
    ("timestamp(0).getHours('UTC')", .int),
    ("duration('1s') + timestamp(0)", .timestamp),
    ("int", .type(.int)),
    ("type(1)", .type(.int)),
    ("items.all(i, i > 0)", .bool),
    ("items.filter(i, i > 0)", .list(.int)),
    ("items.map(i, string(i))", .list(.string)),
    ("record.a.filter(i, i > 0)", .list(.dyn)),
    ("'%d'.format([count])", .string),
    ("strings.quote(name)", .string),
    ("has(record.a)", .bool),
    // Two-variable comprehensions: a list's index is an int, a map's key and value have its types.
    ("items.all(i, v, i < v)", .bool),
    ("items.transformList(i, v, i)", .list(.int)),
    ("items.transformList(i, v, v > 0, string(v))", .list(.string)),
    ("items.transformMap(i, v, v > 0)", .map(.int, .bool)),
    ("{'a': 1}.transformMap(k, v, v * 2)", .map(.string, .int)),
    ("{'a': 1}.transformList(k, v, k)", .list(.string)),
    ("items.transformMapEntry(i, v, {string(v): i})", .map(.string, .int)),
    ("record.transformList(k, v, v)", .list(.dyn)),
    // The lists and sets extensions.
    ("lists.range(3)", .list(.int)),
    ("items.slice(0, 1)", .list(.int)),
    ("[[1], [2]].flatten()", .list(.int)),
    ("items.sort()", .list(.int)),
    ("['b'].sortBy(s, s.size())", .list(.string)),
    ("items.distinct().reverse()", .list(.int)),
    ("sets.contains(items, [1.0])", .bool),
  ])
  func deduces(_ source: String, _ expected: CELType) throws {
    #expect(try environment.deducedType(of: source) == expected, "\(source)")
  }

  @Test(arguments: [
    ("name + 1", "found no matching overload for '+' applied to (string, int)"),
    ("size(true)", "found no matching overload for 'size' applied to (bool)"),
    ("count.startsWith('a')", "found no matching overload for 'startsWith' applied to (int, string)"),
    ("1 in ['a']", "found no matching overload for 'in' applied to (int, list(string))"),
    ("items.all(i, i)", "expected bool operands for '&&', found int"),
    ("count ? 1 : 2", "expected a bool condition, found int"),
    ("name.first", "type 'string' does not support field selection ('first')"),
    ("name == 1", "found no matching overload for '==' applied to (string, int)"),
    ("'a' < 1", "found no matching overload for '<' applied to (string, int)"),
    ("items[0].x", "type 'int' does not support field selection ('x')"),
    ("{'a': 1, 'a': 2}", "repeated key in map literal: 'a'"),
    ("{1: 'x', 1u: 'y'}", "repeated key in map literal: 1u"),
    ("{true: 1, false: 2, true: 3}", "repeated key in map literal: true"),
    ("items.all(i, v, v)", "expected bool operands for '&&', found int"),
    ("{'a': 1}.exists(k, v, k + v > 0)", "found no matching overload for '+' applied to (string, int)"),
    ("items.transformList(i, v, i.size())", "found no matching overload for 'size' applied to (int)"),
    ("items.transformMapEntry(i, v, v)", "transformMapEntry() needs a map of entries to add, found int"),
    ("[[1, 2, 3]].sort()", "found no matching overload for 'sort' applied to (list(list(int)))"),
    ("items.flatten()", "found no matching overload for 'flatten' applied to (list(int))"),
    ("items.slice(0)", "no matching overload for receiver-style 'slice' with 2 arguments"),
  ])
  func rejects(_ source: String, _ message: String) {
    #expect(throws: CompileError.self) { try environment.compile(source) }
    do {
      _ = try environment.compile(source)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test func locatesARepeatedMapKeyAtItsSecondOccurrence() {
    #expect(
      throws: CompileError(
        offset: 9, message: "repeated key in map literal: 'a'",
        hint: "a map literal may name each key once", kind: .repeatedMapKey)
    ) {
      try environment.compile("{'a': 1, 'a': 2}")
    }
  }

  @Test func acceptsDistinctOrComputedMapKeys() throws {
    #expect(try environment.deducedType(of: "{'a': 1, 'b': 2, name: 3}") == .map(.string, .int))
    #expect(try environment.deducedType(of: "{-1: 'x', 1: 'y', 2u: 'z'}") == .map(.dyn, .string))
  }

  @Test func leavesDynamicValuesToRunTime() throws {
    // Unchecked compilation skips the checker: the mistake surfaces only when evaluated.
    let program = try environment.compile("name + 1", options: CompileOptions(checksDeclarations: false))
    let activation = Activation(environment: environment)
    activation.set("name", .string("a"))
    #expect(throws: EvalError.self) { try program.evaluate(activation) }
  }

  @Test func errorsSayTheirKind() {
    let kinds: [(String, CompileError.Kind)] = [
      ("nope + 1", .undeclaredReference("nope")),
      ("size(1, 2, 3)", .noMatchingOverload("size")),
      ("1 +", .syntax),
      ("[1].all(x)", .macroArguments("all")),
      ("[1].transformMap(i, v)", .macroArguments("transformMap")),
      ("'a'.matches('(a)\\\\1')", .invalidArgument),
    ]
    for (source, kind) in kinds {
      do {
        _ = try environment.compile(source)
        Issue.record("\(source) compiled")
      } catch {
        #expect(error.kind == kind, "\(source): \(error.message)")
      }
    }
  }
}
