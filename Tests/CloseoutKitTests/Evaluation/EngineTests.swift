import Foundation
import Testing

@testable import CloseoutKit

@Suite struct EngineTests {
  private func check(_ rules: String, snapshot extra: String = "") throws -> Checklist {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    return Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot(extra)))
  }

  @Test func statusesFollowTheStepGraph() throws {
    let checklist = try check(
      """
        - {id: blocker-a, step: a, severity: blocker, title: T, when: "true", message: M}
        - {id: advice-c, step: c, severity: advice, title: T, when: "true", message: M}
      """)
    #expect(checklist.steps.map(\.status) == [.blocked, .waiting, .waiting])
    #expect(!checklist.isReady)
  }

  @Test func stepsWithoutDoneWhenAreDoneWithoutABlocker() throws {
    let checklist = try check(
      """
        - {id: warn-b, step: b, severity: warning, title: T, when: "true", message: M}
        - {id: silent, step: c, severity: blocker, title: T, when: "false", message: M}
      """)
    #expect(checklist.steps.map(\.status) == [.done, .done, .done])
    #expect(checklist.next == nil)
    #expect(checklist.isReady)
    #expect(checklist.counts == [.blocker: 0, .warning: 1, .advice: 0])
  }

  @Test func findingsAreOrderedBySeverityThenRuleOrder() throws {
    let checklist = try check(
      """
        - {id: advice-1, step: a, severity: advice, title: T, when: "true", message: M}
        - {id: warning-1, step: a, severity: warning, title: T, when: "true", message: M}
        - {id: blocker-1, step: a, severity: blocker, title: T, when: "true", message: M}
        - {id: warning-2, step: a, severity: warning, title: T, when: "true", message: M}
      """)
    #expect(checklist.steps[0].findings.map(\.rule) == ["blocker-1", "warning-1", "warning-2", "advice-1"])
  }

  @Test func messagesFillInTemplatesFromLets() throws {
    let checklist = try check(
      """
        - id: open-tasks
          step: a
          severity: blocker
          title: T
          let:
            open: tasks.filter(t, t.status == 'open')
          when: open.size() > 0
          message: "{{ open.size() }} open: {{ open.map(t, t.title) }}; total {{ [1.5, 2.5].sum() }}"
          next: Finish {{ open[0].title }}.
      """,
      snapshot: """
        tasks:
          - {title: Export, status: open}
          - {title: Notes, status: done}
          - {title: Review, status: open}
        """)
    let finding = try #require(checklist.steps[0].findings.first)
    #expect(finding.message == "2 open: Export, Review; total 4")
    #expect(finding.next == "Finish Export.")
  }

  @Test func absentSectionsAreNull() throws {
    let checklist = try check(
      """
        - {id: no-hourly, step: a, severity: advice, title: T, when: "hourly == null && feedback == null", message: M}
      """)
    #expect(checklist.steps[0].findings.map(\.rule) == ["no-hourly"])
  }

  @Test func evaluationErrorsAreRuleErrorsNotSilence() throws {
    let checklist = try check(
      """
        - {id: broken, step: a, severity: blocker, title: T, when: "contract.missing_field == 1", message: M}
        - {id: not-bool, step: b, severity: advice, title: T, when: "1 + 1", message: M}
      """)
    #expect(
      checklist.errors.map(\.summary) == [
        "r.yaml:6:71: error: rule 'broken' could not be evaluated on snapshot.yaml: no such key: 'missing_field'",
        "r.yaml:7:64: error: rule 'not-bool' could not be evaluated on snapshot.yaml: "
          + "the condition must be a bool, but it evaluated to int",
      ])
    #expect(!checklist.isReady)
    #expect(checklist.steps.allSatisfy { $0.findings.isEmpty })
  }

  @Test func theRuleSetsListsAreInScope() throws {
    let set = try Fixtures.ruleSet([
      (
        "r.yaml",
        Fixtures.stepsAndRules(
          """
            - {id: rude, step: a, severity: blocker, title: T, when: "feedback.text.containsAnyWord(lists.insults)", message: M}
          lists:
            insults: [idiot, stupid]
          """)
      )
    ])
    let engine = Engine(ruleSet: set)
    let rude = try Fixtures.snapshot(Fixtures.minimalSnapshot("feedback: {text: You are STUPID}"))
    let fine = try Fixtures.snapshot(Fixtures.minimalSnapshot("feedback: {text: I stupidly forgot}"))
    #expect(engine.check(rude).steps[0].findings.map(\.rule) == ["rude"])
    #expect(engine.check(fine).steps[0].findings.isEmpty)
  }
}

@Suite struct RuleTimingTests {
  @Test func timesEveryRuleSlowestFirst() throws {
    let set = try Fixtures.ruleSet([
      (
        "r.yaml",
        Fixtures.stepsAndRules(
          """
            - {id: cheap, step: a, severity: advice, title: T, when: "tasks == null", message: M}
            - {id: costly, step: b, severity: advice, title: T, when: "[1, 2, 3].map(x, x * 2).size() > 2", message: M}
          """)
      )
    ])
    let snapshot = try Fixtures.snapshot(Fixtures.minimalSnapshot())
    let timings = Engine(ruleSet: set).ruleTimings(on: [snapshot, snapshot], repetitions: 3)
    #expect(Set(timings.map(\.rule)) == ["cheap", "costly"])
    #expect(timings.allSatisfy { $0.evaluations == 6 && $0.nanosecondsPerEvaluation > 0 })
    #expect(timings[0].nanosecondsPerEvaluation >= timings[1].nanosecondsPerEvaluation)
  }
}

@Suite struct ConcurrentCheckTests {
  @Test func oneEngineChecksSnapshotsFromManyThreadsAlike() throws {
    let engine = Engine(ruleSet: try RuleSetLoader.loadDefault())
    let folder = Fixtures.repository.appending(path: "rules/tests/snapshots")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".yaml")
    }.sorted()
    let snapshots = try names.map { try SnapshotLoader.load(path: folder.appending(path: $0).path) }
    let expected = snapshots.map { engine.check($0).steps.flatMap(\.findings).map(\.rule) }
    let results = Results(count: snapshots.count * 4)
    DispatchQueue.concurrentPerform(iterations: snapshots.count * 4) { index in
      results.set(
        index, engine.check(snapshots[index % snapshots.count]).steps.flatMap(\.findings).map(\.rule))
    }
    for index in 0..<(snapshots.count * 4) {
      #expect(results.get(index) == expected[index % snapshots.count])
    }
  }

  /// Results written from many threads, one slot each.
  private final class Results: @unchecked Sendable {
    private var values: [[String]]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> [String] { lock.withLock { values[index] } }
  }

  /// Steps `a` → `b` → `c` → `d` that know their progress from the snapshot's `flags` (not in the
  /// schema-less fixtures' sections, so `contract.title` carries them).
  private func progress(_ title: String, rules: String = "") throws -> Checklist {
    let file = """
      steps:
        - {id: a, title: Step A, done_when: "contract.title.contains('a')", next: "Do A"}
        - id: b
          title: Step B
          after: [a]
          let: {mark: "'b'"}
          done_when: contract.title.contains(mark)
          next: "Do {{ mark.upperAscii() }} for {{ contract.id }}"
        - {id: c, title: Step C, after: [b], applies_when: "!contract.title.contains('x')", done_when: "false"}
        - {id: d, title: Step D, after: [c], done_when: "contract.title.contains('d')", next: "Do D"}
      rules:\(rules.isEmpty ? " []" : "")

      """ + rules
    let set = try Fixtures.ruleSet([("r.yaml", file)])
    let snapshot = """
      snapshot_version: 1
      as_of: 2026-11-20T10:00:00Z
      contract: {id: ct-1, kind: fixed_price, status: active, title: '\(title)'}
      """
    return Engine(ruleSet: set).check(try Fixtures.snapshot(snapshot))
  }

  @Test func aStepIsDoneWhenItsActionHappenedWhateverTheOrder() throws {
    let checklist = try progress("b")
    #expect(checklist.steps.map(\.status) == [.next, .done, .waiting, .waiting])
    #expect(checklist.next == .init(step: "a", action: "Do A"))
  }

  @Test func theFirstStepNotDoneIsNextAndNamesItsAction() throws {
    let checklist = try progress("a")
    #expect(checklist.steps.map(\.status) == [.done, .next, .waiting, .waiting])
    #expect(checklist.next == .init(step: "b", action: "Do B for ct-1"))
  }

  @Test func aSkippedStepLetsLaterStepsGoAhead() throws {
    let checklist = try progress("abx")
    #expect(checklist.steps.map(\.status) == [.done, .done, .skipped, .next])
    #expect(checklist.next == .init(step: "d", action: "Do D"))
    #expect(checklist.stepsLeft == 1)
  }

  @Test func everyStepDoneOrSkippedLeavesNoNextAction() throws {
    let checklist = try progress("abxd")
    #expect(checklist.steps.map(\.status) == [.done, .done, .skipped, .done])
    #expect(checklist.next == nil)
    #expect(checklist.stepsLeft == 0)
  }

  @Test func aBlockerBlocksAStepEvenWhenItsActionHappened() throws {
    let checklist = try progress(
      "ab",
      rules: """
          - {id: warn, step: b, severity: warning, title: W, when: "true", message: MW, next: NW}
          - {id: late, step: b, severity: blocker, title: T, when: "true", message: Second}
          - {id: first, step: b, severity: blocker, title: T, when: "true", message: First, next: Fix it}
        """)
    #expect(checklist.steps.map(\.status) == [.done, .blocked, .waiting, .waiting])
    // The first blocker in rule order gives the next action, its message when it has no `next`.
    #expect(checklist.next == .init(step: "b", action: "Second"))
  }

  @Test func aRuleThatDoesNotApplyStaysSilent() throws {
    let checklist = try progress(
      "ab",
      rules: """
          - {id: off, step: b, severity: blocker, title: T, applies_when: "false", when: "true", message: M}
          - {id: on, step: b, severity: advice, title: T, applies_when: "true", when: "true", message: M}
        """)
    #expect(checklist.steps.flatMap(\.findings).map(\.rule) == ["on"])
  }

  @Test func aFindingCarriesItsDeadline() throws {
    let checklist = try progress(
      "ab",
      rules: """
          - {id: due, step: b, severity: advice, title: T, when: "true", message: M, due: "timestamp(as_of) + days(1)"}
          - {id: none, step: b, severity: advice, title: T, when: "true", message: M, due: "null"}
        """)
    #expect(checklist.steps[1].findings.map(\.due) == ["2026-11-21T10:00:00Z", nil])
  }

  @Test func aStepConditionThatFailsIsAnError() throws {
    let set = try Fixtures.ruleSet([
      ("r.yaml", "steps:\n  - {id: a, title: A, done_when: \"contract.title == 'x'\"}\n")
    ])
    let checklist = Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
    #expect(checklist.errors.map(\.message).first?.contains("step 'a' could not be evaluated") == true)
    #expect(!checklist.isReady)
  }

  @Test func sharedLetsAreSeenByEveryRuleAndStep() throws {
    let file = """
      let:
        n: "tasks == null ? 0 : tasks.size()"
        twice: n * 2
      steps: [{id: a, title: A, done_when: "twice == 4", next: "Do {{ n }}"}]
      rules:
        - {id: r1, step: a, severity: advice, title: T, when: "n > 0", message: "{{ twice }} halves"}
        - {id: r2, step: a, severity: advice, title: T, let: {m: "n + 1"}, when: "m > 1", message: "m {{ m }}"}
      """
    let set = try Fixtures.ruleSet([("r.yaml", file)])
    #expect(set.lets.map(\.name.value) == ["n", "twice"])
    let checklist = Engine(ruleSet: set).check(
      try Fixtures.snapshot(Fixtures.minimalSnapshot("tasks: [{id: x}, {id: y}]\n")))
    #expect(checklist.steps.flatMap(\.findings).map(\.message) == ["4 halves", "m 3"])
    #expect(checklist.steps.map(\.status) == [.done])
    let evaluator = ExpressionEvaluator(ruleSet: set)
    let value = try evaluator.evaluate(
      "twice + n", on: try Fixtures.snapshot(Fixtures.minimalSnapshot("tasks: [{id: x}]\n"))
    ).get()
    #expect(ValueText.literal(value, limit: 100) == "3")
  }

  @Test func aRuleLetMayNotHideASharedLet() {
    let problems = Fixtures.loadProblems([
      (
        "r.yaml",
        "let:\n  n: '1'\nsteps: [{id: a, title: A}]\nrules:\n"
          + "  - {id: r, step: a, severity: advice, title: T, let: {n: '2'}, when: 'true', message: M}\n"
      )
    ])
    #expect(problems == ["r.yaml:5:56: error: 'let' name 'n' hides another variable of the same name"])
  }
}
