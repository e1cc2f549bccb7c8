import Testing

@testable import CloseoutKit

@Suite struct FiredFindingsTests {
  private func finding(_ rule: String, _ severity: Severity) -> Finding {
    Finding(rule: rule, severity: severity, title: "T", message: "M \(rule)", next: nil)
  }

  @Test func eachStepTakesItsFindingsMostSevereFirstInRuleOrder() {
    // Room for one finding, so that appending grows the memory.
    let fired = FiredFindings(capacity: 1)
    fired.append(finding("advice-1", .advice), step: 0)
    fired.append(finding("other", .blocker), step: 2)
    fired.append(finding("warning-1", .warning), step: 0)
    fired.append(finding("blocker-1", .blocker), step: 0)
    fired.append(finding("warning-2", .warning), step: 0)
    #expect(fired.take(step: 0).map(\.rule) == ["blocker-1", "warning-1", "warning-2", "advice-1"])
    #expect(fired.take(step: 0).isEmpty, "a step's findings are taken once")
    #expect(fired.take(step: 1).isEmpty)
    #expect(fired.take(step: 2).map(\.message) == ["M other"])
  }

  @Test func findingsNotTakenAreDroppedForTheNextCheck() {
    let fired = FiredFindings(capacity: 4)
    fired.append(finding("left", .advice), step: 3)
    fired.removeAll()
    fired.append(finding("next", .warning), step: 3)
    #expect(fired.take(step: 3).map(\.rule) == ["next"])
  }
}
