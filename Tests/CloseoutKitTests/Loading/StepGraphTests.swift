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

@Suite struct StepGraphCycleTests {
  /// `count` steps named `s0`… in one cycle, each after the next.
  private func cycle(_ count: Int) -> [Step] {
    (0..<count).map { index in
      Step(
        id: Located("s\(index)", at: SourceLocation(file: "steps.yaml", line: index + 1, column: 7)),
        title: "S", description: nil,
        after: [
          Located(
            "s\((index + 1) % count)", at: SourceLocation(file: "steps.yaml", line: index + 1, column: 20))
        ])
    }
  }

  @Test func namesAtMostFiveStepsOfALongCycle() {
    let result = StepGraph(steps: cycle(7)).ordered()
    #expect(result.problems.count == 1)
    #expect(
      result.problems.first?.message
        == "steps depend on each other in a cycle: s0 → s1 → s2 → s3 → s4 → … (7 steps)")
    #expect(result.problems.first?.notes.map(\.location.line) == [2, 3, 4, 5])
  }

  @Test func namesAllStepsOfAFiveStepCycle() {
    let result = StepGraph(steps: cycle(5)).ordered()
    #expect(
      result.problems.first?.message == "steps depend on each other in a cycle: s0 → s1 → s2 → s3 → s4 → s0")
  }

  @Test func findsACycleThatTheFirstStepOnlyWaitsFor() {
    var steps = cycle(2)
    steps.insert(
      Step(
        id: Located("x", at: SourceLocation(file: "steps.yaml", line: 9, column: 7)), title: "X",
        description: nil, after: [Located("s1", at: SourceLocation(file: "steps.yaml", line: 9, column: 20))]),
      at: 0)
    let result = StepGraph(steps: steps).ordered()
    #expect(result.problems.map(\.message) == ["steps depend on each other in a cycle: s1 → s0 → s1"])
  }

  @Test func aHundredThousandStepCycleNeitherCrashesNorTakesLong() {
    let steps = cycle(100_000)
    let start = ContinuousClock.now
    let result = StepGraph(steps: steps).ordered()
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.notes.count == 4)
  }

  @Test func placesADuplicatedDependencyOnce() {
    let here = SourceLocation(file: "steps.yaml", line: 1, column: 1)
    let a = Step(id: Located("a", at: here), title: "A", description: nil, after: [])
    let b = Step(
      id: Located("b", at: here), title: "B", description: nil,
      after: [Located("a", at: here), Located("a", at: here)])
    let result = StepGraph(steps: [b, a]).ordered()
    #expect(result.problems.isEmpty)
    #expect(result.steps.map(\.id.value) == ["a", "b"])
  }
}
