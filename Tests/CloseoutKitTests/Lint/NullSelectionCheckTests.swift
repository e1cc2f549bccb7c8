import Testing

@testable import CloseoutKit

/// Lint warns on a field selected on an object the schema lets be null with no default, unless
/// the expression rules the null out first.
@Suite struct NullSelectionCheckTests {
  private static let schema = """
    schema:
      type: object
      properties:
        contract:
          type: object
          properties:
            id: {type: string}
            kind: {type: string}
            status: {type: string}
            client:
              type: [object, "null"]
              properties:
                name: {type: [string, "null"]}
        feedback:
          type: [object, "null"]
          properties:
            text: {type: [string, "null"]}
        reflection:
          type: [object, "null"]
          default: {}
          properties:
            note: {type: [string, "null"]}

    """

  private func warnings(_ when: String) throws -> [String] {
    let rule = "  - {id: r, step: a, severity: advice, title: T, when: \"\(when)\", message: M}\n"
    let set = try Fixtures.ruleSet([("schema.yaml", Self.schema), ("r.yaml", Fixtures.stepsAndRules(rule))])
    return NullSelectionCheck.warnings(in: set).map(\.summary)
  }

  @Test func anUnguardedSelectionIsAWarningAtItsDot() throws {
    #expect(
      try warnings("feedback.text == 'x'") == [
        "r.yaml:6:65: warning: 'feedback.text' fails when 'feedback' is null, which the schema allows"
      ])
    #expect(try warnings("contract.client.name == 'x'").count == 1)
    // `has()` fails on null as selection does; it guards what it is combined with, not itself.
    #expect(try warnings("has(feedback.text) && feedback.text == 'x'").count == 1)
  }

  @Test(arguments: [
    "feedback != null && feedback.text == 'x'",
    "feedback.text == 'x' && feedback != null",
    "feedback != null && has(feedback.text) && feedback.text == 'x'",
    "feedback == null || feedback.text == 'x'",
    "feedback != null ? feedback.text == 'x' : false",
    "feedback == null ? false : feedback.text == 'x'",
    "!(feedback == null) && feedback.text == 'x'",
    "snapshot.feedback != null && snapshot.feedback.text == 'x'",
    "contract.client != null && contract.client.name == 'x'",
  ])
  func aGuardedSelectionIsNot(when: String) throws {
    #expect(try warnings(when).isEmpty)
  }

  @Test func aSectionWithADefaultNeedsNoGuard() throws {
    #expect(try warnings("reflection.note == 'x' && contract.id != ''").isEmpty)
  }

  @Test func theWrongGuardDoesNotCount() throws {
    #expect(try warnings("feedback == null && feedback.text == 'x'").count == 1)
    #expect(try warnings("feedback != null || feedback.text == 'x'").count == 1)
  }
}
