import CEL
import Foundation
import Testing

@testable import CloseoutKit

/// Rule files generated at sizes no person writes: loading them must neither exhaust the stack
/// nor take quadratic time, and their diagnostics must stay short.
@Suite struct GeneratedRuleFileTests {
  /// A rule file whose `count` steps each come after the next one, the last after the first.
  private func stepCycle(_ count: Int) -> String {
    var text = "steps:\n"
    for index in 0..<count {
      text += "  - {id: s\(index), title: S, after: [s\((index + 1) % count)]}\n"
    }
    return text
  }

  @Test func reportsAHundredThousandStepCycleOnceAndShortly() throws {
    let start = ContinuousClock.now
    let problems = Fixtures.loadProblems([("r.yaml", stepCycle(100_000))])
    // Reading and decoding the YAML take most of it; the step graph's part is timed on its own.
    #expect(ContinuousClock.now - start < .seconds(60))
    #expect(
      problems == [
        "r.yaml:2:10: error: steps depend on each other in a cycle: s0 → s1 → s2 → s3 → s4 → … (100000 steps)"
      ])
  }

  @Test func ordersAHundredThousandStepChain() throws {
    var text = "steps:\n  - {id: s0, title: S}\n"
    for index in 1..<100_000 { text += "  - {id: s\(index), title: S, after: [s\(index - 1)]}\n" }
    let start = ContinuousClock.now
    let ruleSet = try Fixtures.ruleSet([("r.yaml", text)])
    #expect(ContinuousClock.now - start < .seconds(60))
    #expect(ruleSet.steps.count == 100_000)
    #expect(ruleSet.steps.last?.id.value == "s99999")
  }

  /// A rule whose `count` lets each add one to the one before.
  private func letChain(_ count: Int, extra: String = "") -> String {
    var text = "steps:\n  - {id: a, title: A}\nrules:\n  - id: r\n    step: a\n    severity: advice\n"
    text += "    title: T\n    let:\n      v0: '1'\n"
    for index in 1..<count { text += "      v\(index): v\(index - 1) + 1\n" }
    return text + extra + "    when: v\(count - 1) > 0\n    message: M\n"
  }

  @Test func compilesAndRunsTheLongestLetChainAllowed() throws {
    let ruleSet = try Fixtures.ruleSet([("r.yaml", letChain(RuleCompiler.maxLets))])
    #expect(ruleSet.rules.first?.lets.count == RuleCompiler.maxLets)
    #expect(ruleSet.rules.first?.lets.last?.expression.program.resultType == .int)
    // Each `let` runs inside the next one: the chain runs without exhausting the stack.
    let checklist = Engine(ruleSet: ruleSet).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
    #expect(checklist.errors.isEmpty)
    #expect(checklist.steps[0].findings.map(\.rule) == ["r"])
  }

  @Test func tenThousandLetsAreOneLocatedErrorAndCompileQuickly() {
    let start = ContinuousClock.now
    let problems = Fixtures.loadProblems([("r.yaml", letChain(10_000))])
    #expect(ContinuousClock.now - start < .seconds(10))
    #expect(problems.first == "r.yaml:265:7: error: more than 256 'let's in one section (10000)")
  }

  @Test func aLetCannotHideAVariable() {
    let problems = Fixtures.loadProblems([("r.yaml", letChain(100, extra: "      tasks: '1'\n"))])
    #expect(problems == ["r.yaml:109:7: error: 'let' name 'tasks' hides another variable of the same name"])
  }
}
