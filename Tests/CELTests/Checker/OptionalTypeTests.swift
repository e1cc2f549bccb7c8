import CEL
import Testing

/// `optional_type(T)` as cel-go's checker deduces it, on maps and on a schema's object types.
@Suite("Optional types")
struct OptionalTypeTests {
  static let contract = ObjectType(
    name: "contract", fields: ["title": .string, "fee": .int, "client": .map(.string, .string)])
  let environment = Environment(variables: [
    ("contract", .object(Self.contract)), ("record", .map(.string, .int)), ("items", .list(.string)),
    ("maybe", .optional(.int)), ("any", .dyn),
  ])

  @Test(arguments: [
    ("contract.?title", CELType.optional(.string)),
    ("contract.?title.orValue('untitled')", .string),
    ("contract.?client.name", .optional(.string)),
    ("contract.?client.?name", .optional(.string)),
    ("record.?a", .optional(.int)),
    ("record[?'a']", .optional(.int)),
    ("items[?0]", .optional(.string)),
    ("optional.of(items)[0]", .optional(.string)),
    ("items.first()", .optional(.string)),
    ("items.last().value()", .string),
    ("maybe.hasValue()", .bool),
    ("maybe.value() + 1", .int),
    ("maybe.or(optional.of(2))", .optional(.int)),
    ("optional.none()", .optional(.dyn)),
    ("optional.ofNonZeroValue('')", .optional(.string)),
    ("any.?a", .optional(.dyn)),
    ("[?maybe, 2]", .list(.int)),
    ("{?'a': maybe}", .map(.string, .int)),
    ("[?any]", .list(.dyn)),
    ("type(maybe) == optional_type", .bool),
  ])
  func deduces(_ source: String, _ expected: CELType) throws {
    #expect(try environment.deducedType(of: source) == expected, "\(source)")
  }

  @Test func anUndeclaredFieldIsAnErrorAtItsName() throws {
    let error = try #require(throws: CompileError.self) { try environment.compile("contract.?titel") }
    #expect(error.message == "unknown field 'titel' on contract; did you mean 'title'?")
    #expect(error.offset == 10)
    let chained = try #require(throws: CompileError.self) {
      try environment.compile("contract.?client.x.?fee")
    }
    #expect(chained.message == "type 'string' does not support field selection ('fee')")
  }

  @Test func anOptionalEntryMustBeAnOptional() throws {
    let list = try #require(throws: CompileError.self) { try environment.compile("[1, ?2]") }
    #expect(list.message == "expected type 'optional_type(int)' but found 'int'")
    #expect(list.offset == 5)
    let map = try #require(throws: CompileError.self) { try environment.compile("{?'a': 'b'}") }
    #expect(map.message == "expected type 'optional_type(string)' but found 'string'")
  }

  @Test func theLibrarysSignaturesAreChecked() throws {
    let error = try #require(throws: CompileError.self) { try environment.compile("maybe.orValue('x')") }
    #expect(
      error.message == "found no matching overload for 'orValue' applied to (optional_type(int), string)")
    #expect(throws: CompileError.self) { try environment.compile("record.hasValue()") }
  }
}
