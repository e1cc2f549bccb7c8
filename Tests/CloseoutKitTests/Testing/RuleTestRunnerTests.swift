import Testing

@testable import CloseoutKit

/// Cases pass or fail on the checklist; a failure shows expected and actual and the rule's `let` values.
@Suite struct RuleTestRunnerTests {
  @Test func passingCases() throws {
    let results = try RuleTestSupport.run(
      """
      snapshot: snapshots/s.yaml
      cases:
        - name: blocks
          fires: [open-tasks, say-thanks]
          steps: {work: blocked, wrap: waiting}
          verdict: not_ready
          messages: {open-tasks: "1 open: Export"}
        - name: done
          patch: {tasks.0.status: done, messages: []}
          silent: [open-tasks, say-thanks]
          steps: {work: done, wrap: done}
          verdict: ready
      """)
    #expect(results.map(\.passed) == [true, true])
    #expect(
      RuleTestTextReporter().render(results) == """
        ✓ rules/tests/t.yaml: blocks
        ✓ rules/tests/t.yaml: done
        2 passed, 0 failed

        """)
  }

  @Test func aFailureShowsExpectedActualAndTheLetValues() throws {
    let results = try RuleTestSupport.run(
      """
      snapshot: snapshots/s.yaml
      cases:
        - name: wrong about everything
          silent: [open-tasks]
          fires: [say-thanks]
          steps: {work: done}
          verdict: ready
          messages: {say-thanks: Thanks}
        - name: right
          fires: [open-tasks]
      """)
    #expect(results.map(\.passed) == [false, true])
    #expect(
      results[0].failures == [
        .fired(rule: "open-tasks", message: "1 open: Export"),
        .message(rule: "say-thanks", expected: "Thanks", actual: "No message yet."),
        .step(step: "work", expected: .done, actual: .blocked),
        .verdict(expected: .ready, actual: .notReady),
      ])
    #expect(
      RuleTestTextReporter().render(results) == """
        ✗ rules/tests/t.yaml: wrong about everything
            expected open-tasks to stay silent, but it fired: 1 open: Export
            expected the message of say-thanks to contain "Thanks", but it is: No message yet.
            expected step work to be done, but it is blocked
            expected the verdict ready, but it is not_ready
            fired: open-tasks, say-thanks
            open-tasks (rules/r.yaml:5:9):
              let list = [{'id': 't-1', 'title': 'Export', 'status': 'open'}]
              let open = [{'id': 't-1', 'title': 'Export', 'status': 'open'}]
              when = true
            say-thanks (rules/r.yaml:16:9):
              when = true
        ✓ rules/tests/t.yaml: right
        1 passed, 1 failed

        """)
  }

  @Test func aRuleThatStaysSilentShowsWhyNot() throws {
    let results = try RuleTestSupport.run(
      """
      cases:
        - name: no tasks
          snapshot: {snapshot_version: 1, as_of: 2026-11-20T10:00:00Z, contract: {id: c, kind: k, status: s}}
          fires: [open-tasks]
      """)
    #expect(results[0].failures == [.didNotFire(rule: "open-tasks")])
    #expect(
      results[0].inspections.map { $0.lets.map { "\($0.name) = \($0.value)" } } == [
        ["list = []", "open = []"]
      ])
    #expect(results[0].inspections.map(\.condition) == ["false"])
  }

  @Test func aRuleThatCannotBeEvaluatedFailsTheCase() throws {
    let ruleSet = try Fixtures.ruleSet([
      (
        "rules/r.yaml",
        Fixtures.stepsAndRules(
          """
            - id: bad
              step: a
              severity: advice
              title: T
              let:
                first: "tasks[0]"
              when: first.status == 'open'
              message: M
          """)
      )
    ])
    let suite = RuleTestLoader.load(
      files: [
        RuleSource(
          name: "t.yaml",
          bytes: Array(
            "cases:\n  - name: a\n    snapshot: {snapshot_version: 1, as_of: 2026-11-20T10:00:00Z, contract: {id: c, kind: k, status: s}, tasks: []}\n    silent: [bad]\n"
              .utf8))
      ], ruleSet: ruleSet, read: { _ in nil })
    #expect(suite.diagnostics.map(\.summary) == [])
    let result = try #require(RuleTestRunner(ruleSet: ruleSet).run(suite.cases).first)
    #expect(result.failures.count == 1)
    #expect(result.failures.first?.description.contains("rule 'bad' could not be evaluated") == true)
    #expect(
      RuleInspector.inspect(ruleSet.rules[0], on: suite.cases[0].snapshot).lets.map(\.value).first?
        .hasPrefix("error: ") == true)
  }

  @Test func theOutcomeIsBrokenForProblemsFailedForFailuresPassedOtherwise() throws {
    let passing = try RuleTestSupport.suite(
      "snapshot: snapshots/s.yaml\ncases:\n  - {name: a, fires: [open-tasks]}\n")
    let failing = try RuleTestSupport.suite(
      "snapshot: snapshots/s.yaml\ncases:\n  - {name: a, silent: [open-tasks]}\n")
    let broken = try RuleTestSupport.suite(
      "snapshot: snapshots/s.yaml\ncases:\n  - {name: a, silent: [nope]}\n")
    let runner = RuleTestRunner(ruleSet: try RuleTestSupport.ruleSet())
    func outcome(_ suite: RuleTestSuite, minimum: Double? = nil) throws -> RuleTestOutcome {
      RuleTestOutcome(
        suite: suite, results: runner.run(suite.cases),
        coverage: RuleCoverage(ruleSet: try RuleTestSupport.ruleSet(), cases: suite.cases),
        minimumCoverage: minimum)
    }
    #expect(try outcome(passing) == .passed)
    #expect(try outcome(failing) == .failed)
    #expect(try outcome(broken) == .broken)
    #expect(try outcome(passing, minimum: 1) == .failed)
    #expect(try outcome(passing, minimum: 0) == .passed)
  }

  @Test func theNextActionIsCheckedByTheTextItContains() throws {
    let results = try RuleTestSupport.run(
      """
      snapshot: snapshots/s.yaml
      cases:
        - name: named
          next: Finish them
        - name: wrong
          next: Celebrate
        - name: nothing left
          patch: {tasks.0.status: done, messages: []}
          next: Finish them
      """)
    #expect(results.map(\.passed) == [true, false, false])
    #expect(
      results.map { $0.failures.map(\.description) } == [
        [], ["expected the next action to contain \"Celebrate\", but it is: Finish them."],
        ["expected the next action to contain \"Finish them\", but every step is done or skipped"],
      ])
  }
}
