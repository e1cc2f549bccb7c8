import Testing

@testable import CloseoutKit

@Suite struct CheckContextTests {
  @Test func checksInOneContextMatchChecksOnTheirOwn() throws {
    let rules = """
        - id: open-tasks
          step: a
          severity: blocker
          title: T
          let:
            list: "tasks == null ? [] : tasks"
            open: list.filter(t, t.status == 'open')
          when: open.size() > 0
          message: "{{ open.map(t, t.title).join(', ') }}"
        - id: no-tasks
          step: b
          severity: advice
          title: T
          let:
            count: "tasks == null ? 0 : tasks.size()"
          when: count == 0
          message: "{{ count }} tasks"
      """
    let engine = Engine(ruleSet: try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))]))
    let snapshots = try [
      "tasks: [{title: Export, status: open}, {title: Notes, status: open}]",
      "tasks: []",
      "tasks: [{title: Review, status: done}]",
    ].map { try Fixtures.snapshot(Fixtures.minimalSnapshot($0)) }
    let context = engine.makeContext()
    // Twice round, so that every snapshot follows another one in the same context.
    for snapshot in snapshots + snapshots {
      let shared = engine.check(snapshot, in: context)
      let alone = engine.check(snapshot)
      #expect(shared.steps.map(\.status) == alone.steps.map(\.status))
      #expect(shared.steps.flatMap(\.findings) == alone.steps.flatMap(\.findings))
      #expect(shared.errors.map(\.message) == alone.errors.map(\.message))
    }
  }
}
