import Testing

@testable import CloseoutKit

@Suite struct PreparedTemplateTests {
  /// The message and next step that a rule firing on the minimal snapshot renders, or its error.
  private func render(message: String, next: String? = nil) throws -> (String?, String?, [String]) {
    let nextLine = next.map { "\n    next: '\($0)'" } ?? ""
    let rules = """
        - id: r
          step: a
          severity: advice
          title: T
          when: "true"
          message: '\(message)'\(nextLine)
      """
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rules))])
    let checklist = Engine(ruleSet: set).check(try Fixtures.snapshot(Fixtures.minimalSnapshot()))
    let finding = checklist.steps[0].findings.first
    return (finding?.message, finding?.next ?? nil, checklist.errors.map(\.summary))
  }

  @Test(arguments: [
    ("Plain text, no expression.", "Plain text, no expression."),
    ("{{ contract.id }}", "ct-1"),
    ("{{ contract.id }}{{ contract.kind }}", "ct-1fixed_price"),
    ("{{ \"\" }}", ""),
    (
      "Contract {{ contract.id }} ({{ contract.kind }}) is {{ contract.status }}.",
      "Contract ct-1 (fixed_price) is active."
    ),
    ("é {{ \"ü\" + contract.id }} ✓ {{ 1 + 1 }} {{ [1, 2] }} {{ 2.0 }}", "é üct-1 ✓ 2 1, 2 2"),
    (
      "{{ \"\(String(repeating: "x", count: 40))\" }} and more",
      String(repeating: "x", count: 40) + " and more"
    ),
  ])
  func messagesAreTheirPartsInOrder(template: String, expected: String) throws {
    let (message, _, errors) = try render(message: template)
    #expect(errors == [])
    #expect(message == expected)
  }

  @Test func theNextStepRendersLikeTheMessage() throws {
    let (message, next, _) = try render(message: "M", next: "Look at {{ contract.id }}.")
    #expect(message == "M")
    #expect(next == "Look at ct-1.")
  }

  @Test func theFirstExpressionThatFailsIsTheError() throws {
    let (message, _, errors) = try render(
      message: "{{ contract.id }} then {{ contract.missing }} {{ 1 / 0 }}")
    #expect(message == nil)
    #expect(
      errors == [
        "r.yaml:11:49: error: rule 'r' could not be evaluated on snapshot.yaml: no such key: 'missing'"
      ])
  }
}
