import Testing

@testable import CloseoutKit

@Suite struct StepGraphTests {
  /// Steps from `id: after...` pairs, each declared on its own line of a file `steps.yaml`.
  private func steps(_ declarations: [(String, [String])]) -> [Step] {
    declarations.enumerated().map { line, declaration in
      Step(
        id: Located(declaration.0, at: SourceLocation(file: "steps.yaml", line: line + 1, column: 7)),
        title: declaration.0, description: nil,
        after: declaration.1.map {
          Located($0, at: SourceLocation(file: "steps.yaml", line: line + 1, column: 20))
        })
    }
  }

  @Test func ordersByDependencyStableByDeclaration() {
    let graph = StepGraph(
      steps: steps([
        ("feedback", ["request-end"]), ("communicate", []), ("request-end", ["communicate"]), ("reflect", []),
      ]))
    let result = graph.ordered()
    #expect(result.problems.isEmpty)
    #expect(result.steps.map(\.id.value) == ["communicate", "request-end", "feedback", "reflect"])
  }

  @Test func reportsUnknownStepsWithASuggestion() {
    let result = StepGraph(steps: steps([("communicate", []), ("finish", ["comunicate"])])).ordered()
    #expect(
      result.problems == [
        Diagnostic(
          at: SourceLocation(file: "steps.yaml", line: 2, column: 20),
          "step 'finish' comes after unknown step 'comunicate'", hint: "did you mean 'communicate'?")
      ])
  }

  @Test func spellsOutACycle() {
    let result = StepGraph(steps: steps([("a", ["c"]), ("b", ["a"]), ("c", ["b"]), ("d", [])])).ordered()
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.message == "steps depend on each other in a cycle: a → c → b → a")
    #expect(result.problems.first?.location == SourceLocation(file: "steps.yaml", line: 1, column: 7))
    #expect(result.problems.first?.notes.map(\.location.line) == [3, 2])
  }

  @Test func reportsAStepThatComesAfterItself() {
    let result = StepGraph(steps: steps([("a", ["a"])])).ordered()
    #expect(result.problems.first?.message == "steps depend on each other in a cycle: a → a")
  }
}
