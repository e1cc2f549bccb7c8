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
}
