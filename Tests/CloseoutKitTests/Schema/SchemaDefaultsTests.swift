import CEL
import Testing

@testable import CloseoutKit

/// `default:` in the snapshot schema: a declared field that is absent or null reads as its
/// default, one absent with no default reads as null, and `has()` still tells whether it was
/// written.
@Suite struct SchemaDefaultsTests {
  private static let schema = """
    schema:
      type: object
      required: [contract]
      properties:
        contract:
          type: object
          properties:
            id: {type: string}
            kind: {type: string}
            status: {type: string}
            title: {type: [string, "null"], default: untitled}
        feedback:
          type: [object, "null"]
          default: {}
          properties:
            text: {type: [string, "null"], default: ""}
            rating: {type: [number, "null"]}
        tasks:
          type: [array, "null"]
          default: []
          items:
            type: object
            properties:
              id: {type: string}
              urgent: {type: [boolean, "null"], default: false}
        end_request:
          type: [object, "null"]
          properties:
            reason: {type: [string, "null"]}

    """

  private static let rules = Fixtures.stepsAndRules(
    "  - {id: r, step: a, severity: advice, title: T, when: 'false', message: M}\n")

  private func evaluate(_ expression: String, _ extra: String = "") throws -> String {
    let set = try Fixtures.ruleSet([("schema.yaml", Self.schema), ("r.yaml", Self.rules)])
    let snapshot = try SnapshotLoader.load(
      Array(Fixtures.minimalSnapshot(extra).utf8), file: "s.yaml", schema: set.schema)
    let value = try ExpressionEvaluator(ruleSet: set).evaluate(expression, on: snapshot).get()
    return ValueText.literal(value, limit: 400)
  }

  @Test func anAbsentSectionReadsAsItsDefaultCompleted() throws {
    #expect(try evaluate("feedback") == "{'text': '', 'rating': null}")
    #expect(try evaluate("feedback.text.size()") == "0")
    #expect(try evaluate("tasks") == "[]")
  }

  @Test func aFieldWrittenNullReadsAsItsDefault() throws {
    #expect(try evaluate("feedback.text", "feedback: {text: null}\n") == "''")
    #expect(try evaluate("feedback", "feedback: null\n") == "{'text': '', 'rating': null}")
    #expect(try evaluate("contract.title", "") == "'untitled'")
  }

  @Test func hasStillTellsWhetherTheSnapshotWroteTheField() throws {
    #expect(try evaluate("has(feedback.text)") == "false")
    // A null replaced by a default is no value, as in protobuf's JSON; one without a default is.
    #expect(try evaluate("has(feedback.text)", "feedback: {text: null}\n") == "false")
    #expect(try evaluate("has(feedback.rating)", "feedback: {rating: null}\n") == "true")
    #expect(try evaluate("has(feedback.text) && feedback.text != null", "feedback: {text: hi}\n") == "true")
    #expect(try evaluate("[has(contract.title), has(contract.id)]") == "[false, true]")
  }

  @Test func optionalSelectionReadsOnlyWhatTheSnapshotWrote() throws {
    #expect(try evaluate("feedback.?text.orValue('none')") == "'none'")
    #expect(try evaluate("feedback.?text.orValue('none')", "feedback: {text: hi}\n") == "'hi'")
    #expect(try evaluate("feedback.?rating.hasValue() || feedback[?'text'].hasValue()") == "false")
    #expect(try evaluate("end_request.?reason.orValue('none')", "end_request: {}\n") == "'none'")
  }

  @Test func anAbsentFieldWithNoDefaultReadsAsNull() throws {
    #expect(try evaluate("feedback.rating") == "null")
    #expect(try evaluate("end_request") == "null")
    #expect(try evaluate("end_request.reason", "end_request: {}\n") == "null")
  }

  @Test func listItemsAreCompletedToo() throws {
    #expect(
      try evaluate("tasks.filter(t, !t.urgent).map(t, t.id)", "tasks: [{id: a}, {id: b, urgent: true}]\n")
        == "['a']")
  }

  @Test func writtenValuesAreKeptAndComeFirst() throws {
    #expect(
      try evaluate("feedback", "feedback: {rating: 4, extra: x}\n")
        == "{'rating': 4, 'extra': 'x', 'text': ''}")
  }

  @Test func aDefaultThatDoesNotFitItsSchemaIsALocatedError() {
    let problems = Fixtures.loadProblems([
      (
        "schema.yaml",
        "schema:\n  type: object\n  properties:\n    n: {type: [integer, 'null'], default: many}\n"
          + "    s: {type: string, enum: [a, b], default: c}\n"
      ),
      ("r.yaml", Self.rules),
    ])
    #expect(
      problems.contains {
        $0.hasPrefix(
          "schema.yaml:4:43: error: the 'default' does not fit its schema: 'n' must be an integer or null, not the string 'many'"
        )
      })
    #expect(
      problems.contains {
        $0.hasPrefix(
          "schema.yaml:5:46: error: the 'default' does not fit its schema: 's' must be one of a, b")
      })
  }

  @Test func aLaterLayerReplacesTheDefaultAndTheSizes() {
    let earlier = SchemaNode(types: [.string, .null], maxLength: 10, defaultValue: .string("a"))
    let later = SchemaNode(maxItems: nil, maxLength: 3, defaultValue: .string("b"))
    let merged = earlier.extended(by: later)
    #expect(merged.maxLength == 3)
    #expect(merged.defaultValue.map(ValueText.display) == "b")
    let list = SchemaNode(types: [.array], maxItems: 200).extended(by: SchemaNode(maxItems: 5))
    #expect(list.maxItems == 5)
    #expect(SchemaNode(maxItems: 7).extended(by: SchemaNode()).maxItems == 7)
  }
}
