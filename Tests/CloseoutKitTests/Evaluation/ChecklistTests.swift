import Testing

@testable import CloseoutKit

@Suite("A checklist's counts")
struct ChecklistTests {
  private static func finding(_ rule: String, _ severity: Severity) -> Finding {
    Finding(rule: rule, severity: severity, title: rule, message: rule)
  }

  private static func checklist() -> Checklist {
    var waived = finding("w", .blocker)
    waived.waiver = .init(
      reason: "agreed", acceptedBy: "Ana", expires: "2027-01-01",
      location: SourceLocation(file: "waivers.yaml", line: 1, column: 1))
    var known = finding("k", .warning)
    known.isInBaseline = true
    return Checklist(
      steps: [
        .init(id: "a", title: "A", status: .done, findings: [finding("x", .advice)]),
        .init(
          id: "b", title: "B", status: .next,
          findings: [finding("y", .warning), waived, known, finding("z", .warning)]),
      ], next: nil, errors: [])
  }

  @Test func countTheFindingsThatCount() {
    let checklist = Self.checklist()
    #expect(checklist.counts == [.warning: 2, .advice: 1])
    #expect(checklist.counts[.blocker] == 0)
    #expect(checklist.worstSeverity == .warning)
    #expect(checklist.waivedCount == 1)
    #expect(checklist.baselineCount == 1)
    #expect(checklist.stepsLeft == 1)
    #expect(checklist.isReady)
  }

  @Test func followAChangeToTheSteps() {
    var checklist = Self.checklist()
    checklist.steps[1].findings[1].waiver = nil
    #expect(checklist.counts == [.blocker: 1, .warning: 2, .advice: 1])
    #expect(checklist.worstSeverity == .blocker)
    #expect(checklist.waivedCount == 0)
    #expect(!checklist.isReady)
    checklist.steps[0].status = .next
    #expect(checklist.stepsLeft == 2)
    checklist.steps = []
    #expect(checklist.counts == SeverityCounts())
    #expect(checklist.worstSeverity == nil)
  }
}
