import CEL
import Testing

@Suite("Type checking against object types")
struct ObjectTypeTests {
  static let task = CELType.object(
    ObjectType(name: "task", fields: ["id": .string, "status": .string, "done": .bool, "hours": .double]))
  let environment = Environment(variables: [
    ("tasks", .list(task)), ("contract", .object(ObjectType(name: "contract", fields: ["id": .string]))),
    ("any", .dyn),
  ])

  @Test(arguments: [
    ("contract.id", CELType.string),
    ("tasks[0].status", .string),
    ("tasks.filter(t, t.done)", .list(task)),
    ("tasks.filter(t, t.done).map(t, t.hours)", .list(.double)),
    ("tasks == null ? [] : tasks", .list(task)),
    ("has(contract.id) ? contract.id : null", .string),
    ("has(contract.id)", .bool),
    ("contract.id == null", .bool),
    ("size(contract)", .int),
    ("'id' in contract", .bool),
    ("contract['id']", .dyn),
    ("any.size() > 1", .bool),
    ("any.filter(x, x.y)", .list(.dyn)),
    ("tasks[0].hours == 1", .bool),
    ("type(contract) == map", .bool),
    // Two variables over a list of objects: the index and the object; over an object: its field names.
    ("tasks.transformList(i, t, t.hours)", .list(.double)),
    ("tasks.transformMap(i, t, t.done)", .map(.int, .bool)),
    ("contract.transformList(name, value, name)", .list(.string)),
  ])
  func deduces(_ source: String, _ expected: CELType) throws {
    #expect(try environment.deducedType(of: source) == expected, "\(source)")
  }

  @Test(arguments: [
    ("tasks.filter(t, t.stauts == 'open')", 18, "unknown field 'stauts' on task; did you mean 'status'?"),
    ("contract.title", 9, "unknown field 'title' on contract"),
    ("has(contract.idd)", 13, "unknown field 'idd' on contract; did you mean 'id'?"),
    ("tasks.exists(t, t.status == 1)", 25, "found no matching overload for '==' applied to (string, int)"),
    ("tasks.exists(i, t, t.stauts == 'open')", 21, "unknown field 'stauts' on task; did you mean 'status'?"),
    ("contract.id < 1", 12, "found no matching overload for '<' applied to (string, int)"),
    ("size(tasks[0].done)", 0, "found no matching overload for 'size' applied to (bool)"),
    ("tasks[0].done.size()", 13, "found no matching overload for 'size' applied to (bool)"),
    ("'a' != true", 4, "found no matching overload for '!=' applied to (string, bool)"),
  ])
  func rejects(_ source: String, _ offset: Int, _ message: String) {
    do {
      _ = try environment.compile(source)
      Issue.record("compiled: \(source)")
    } catch {
      #expect(error.message == message, "\(source)")
      #expect(error.offset == offset, "\(source)")
    }
  }

  @Test func unknownFieldHintListsTheFields() {
    do {
      _ = try environment.compile("contract.name")
    } catch {
      #expect(error.hint == "contract has the fields id")
    }
  }

  @Test func objectsAreMapsAtRunTime() throws {
    let program = try environment.compile("contract.id + ':' + string(type(contract) == map)")
    let activation = Activation(environment: environment)
    activation.set("contract", .map(MapValue(stringKeyed: [("id", .string("c-1"))])))
    #expect(try program.evaluate(activation).stringValue == "c-1:true")
    #expect(program.resultType == .string)
  }
}
