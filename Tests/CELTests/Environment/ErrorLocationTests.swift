import CEL
import Testing

@Suite("Error locations")
struct ErrorLocationTests {
  let environment = Environment(variables: [("task", .dyn), ("tasks", .list(.dyn))])

  /// The offset and message of the error evaluating `source` with `task` bound to an empty map.
  func failure(_ source: String) throws -> (offset: Int?, message: String) {
    let activation = Activation(environment: environment)
    activation.set(0, .map(MapValue()))
    activation.set(1, .list([.map(MapValue(stringKeyed: [("hours", .string("x"))]))]))
    let error = try #require(throws: EvalError.self) { try environment.compile(source).evaluate(activation) }
    return (error.offset, error.message)
  }

  @Test func pointsAtTheFailingNode() throws {
    let missing = try failure("1 + task.status.size()")
    #expect(missing.message == "no such key: 'status'")
    #expect(missing.offset == 8)
    let division = try failure("size(tasks) / 0 > 1")
    #expect(division.message == "division by zero")
    #expect(division.offset == 12)
    let inLoop = try failure("tasks.all(t, t.hours > 1)")
    #expect(inLoop.message == "no such overload: >(string, int)")
    #expect(inLoop.offset == 21)
  }

  @Test func pointsIntoTwoVariableLoopsAndTheExtensions() throws {
    let inLoop = try failure("tasks.exists(i, t, i == 0 && t.hours > 1)")
    #expect(inLoop.message == "no such overload: >(string, int)")
    #expect(inLoop.offset == 37)
    // A key added twice fails at the macro's call.
    let repeated = try failure("[1, 1].transformMapEntry(i, v, {v: i})")
    #expect(repeated.message == "insert failed: key 1 already exists")
    #expect(repeated.offset == 6)
    let slice = try failure("[1, 2].slice(1, 3)")
    #expect(slice.message == "cannot slice(1, 3), list is length 2")
    #expect(slice.offset == 6)
    let sort = try failure("[1, 'a'].sortBy(x, x)")
    #expect(sort.message == "list elements must have the same type")
    #expect(sort.offset == 8)
  }
}
