import CEL
import Testing
import YAML

@testable import CloseoutKit

/// The template that `closeout init` writes: every field of the default schema, each explained,
/// and a snapshot that the default rules check without an error.
@Suite struct SnapshotTemplateTests {
  static let asOf = Timestamp(seconds: 1_796_614_800)  // 2026-12-07T03:40:00Z
  static let ruleSet = Result { try RuleSetLoader.loadDefault() }

  private func schema() throws -> SnapshotSchema { try Self.ruleSet.get().validationSchema }

  private func template(_ answers: TemplateAnswers = TemplateAnswers(asOf: asOf)) throws -> String {
    SnapshotTemplate(answers, schema: try schema()).text
  }

  /// The key of the field at `path` (as in `declaredPaths`) in `node`, following the first item of
  /// each list.
  private func key(at path: String, in node: Node) -> Node? {
    var current: Node? = node
    var key: Node?
    for component in path.split(separator: ".") {
      let isItems = component.hasSuffix("[]")
      let name = String(isItems ? component.dropLast(2) : component)
      let pair = current?.mapping?.first { $0.key.string == name }
      key = pair?.key
      current = isItems ? pair?.value[0] : pair?.value
    }
    return key
  }

  @Test func everyDeclaredFieldOfTheDefaultSchemaIsInTheTemplateUnderAComment() throws {
    let paths = try schema().declaredPaths
    #expect(paths.count >= 60)
    #expect(paths.contains("milestones[].submitted_at"))
    let text = try template()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let root = try YAMLReader.parse(text, file: "template.yaml")
    // The template leaves `waivers` empty: an example waiver would accept a real finding.
    for path in paths where !path.hasPrefix("waivers[]") {
      guard let key = key(at: path, in: root) else {
        Issue.record("\(path) is missing from the template")
        continue
      }
      let above = lines[key.mark.line - 2].drop { $0 == " " }
      #expect(above.hasPrefix("# "), "no comment above \(path)")
    }
  }

  @Test func everyFieldIsExplainedByItsDescriptionOrANote() throws {
    let schema = try schema()
    let text = try template()
    for path in schema.declaredPaths where !path.hasPrefix("waivers[]") {
      let node = try #require(schema.node(at: path))
      if let description = node.description {
        #expect(
          text.contains("# " + SnapshotTemplate.oneLine(description)), "\(path): its description is not shown"
        )
        // A note for a field that was undeclared is harmless once the schema declares it.
        #expect(
          FieldNotes.byPath[path] == nil || FieldNotes.undeclared[path] != nil,
          "\(path) has a description: its note is never shown")
      } else {
        #expect(FieldNotes.byPath[path] != nil, "\(path) has neither a description nor a note")
      }
    }
    for path in FieldNotes.byPath.keys where FieldNotes.undeclared[path] == nil {
      #expect(schema.node(at: path) != nil, "the note for \(path) names no declared field")
    }
  }

  @Test func theTemplateIsASnapshotTheDefaultRulesCheckWithoutAnError() throws {
    let ruleSet = try Self.ruleSet.get()
    let text = try template()
    let snapshot = try SnapshotLoader.load(Array(text.utf8), file: "t.yaml", schema: ruleSet.validationSchema)
    #expect(snapshot.root.count > 10)
    let checklist = Engine(ruleSet: ruleSet).check(snapshot)
    #expect(checklist.errors.map(\.summary) == [])
    #expect(checklist.steps.count == 5)
  }

  @Test func asOfIsTheGivenTimeAndTheContractIsActive() throws {
    let text = try template()
    #expect(text.contains("\nas_of: 2026-12-07T03:40:00Z\n"))
    #expect(text.contains("\n  status: active\n"))
    #expect(text.contains("\n  ended_at: null\n"))
  }

  @Test func fieldsTheSchemaDoesNotDeclareYetAreWrittenWithTheirNotes() throws {
    let schema = try schema()
    let text = try template()
    for path in ["language", "contract.ended_by"] where schema.node(at: path) == nil {
      #expect(text.contains("# " + (FieldNotes.undeclared[path] ?? "?")))
    }
    #expect(text.contains("\nlanguage: en\n"))
    #expect(text.contains("\n  ended_by: null\n"))
  }

  @Test func aSchemaDecidesTheFieldsTheirOrderAndTheirComments() throws {
    let ruleSet = try Fixtures.ruleSet([
      (
        "s.yaml",
        """
        schema:
          type: object
          required: [snapshot_version, as_of, contract]
          properties:
            snapshot_version: {type: integer, enum: [1]}
            as_of: {type: string, format: date-time}
            language: {type: string, enum: [en, de], description: The messages' language.}
            contract:
              type: object
              required: [id, kind, status, team]
              properties:
                id: {type: string}
                kind: {type: string}
                status: {type: string}
                ended_by: {type: string, enum: [freelancer, client, platform]}
                team: {type: string}
                budget: {type: [number, "null"]}
            invoice:
              type: [object, "null"]
              properties:
                number: {type: string}
                due: {type: string, format: date-time}

        """
      )
    ])
    let text = SnapshotTemplate(TemplateAnswers(asOf: Self.asOf), schema: ruleSet.validationSchema).text
    #expect(text.contains("# The messages' language. One of: en, de.\nlanguage: en\n"))
    // Not nullable and not required: left to fill in, commented out.
    #expect(text.contains("  # ended_by: freelancer\n"))
    // Required and not nullable: an example of its type.
    #expect(text.contains("# A string.\n  team: \"\"\n"))
    #expect(text.contains("# A number, or null.\n  budget: null\n"))
    #expect(text.contains("invoice:\n  # A string.\n  number: \"\"\n  # A string (RFC 3339 date-time).\n"))
    #expect(text.contains("  due: 2026-12-07T03:40:00Z\n"))
    // A declared field the answers lack comes right after the declared field before it.
    let invoice = try #require(text.range(of: "\ninvoice:"))
    let messages = try #require(text.range(of: "\nmessages:"))
    #expect(invoice.lowerBound < messages.lowerBound)
    _ = try SnapshotLoader.load(Array(text.utf8), file: "t.yaml", schema: ruleSet.validationSchema)
  }

  @Test func aNullInAnEnumIsNotOneOfTheChoices() throws {
    let ruleSet = try Fixtures.ruleSet([
      (
        "s.yaml",
        """
        schema:
          properties:
            contract:
              type: object
              properties:
                ended_by: {type: [string, "null"], enum: [freelancer, client, null]}

        """
      )
    ])
    #expect(ruleSet.validationSchema.allowedStrings(at: "contract.ended_by") == ["freelancer", "client"])
    let text = SnapshotTemplate(TemplateAnswers(asOf: Self.asOf), schema: ruleSet.validationSchema).text
    #expect(
      text.contains(
        "  # Who ended the contract, once it has ended: freelancer, client or platform. "
          + "One of: freelancer, client.\n  ended_by: null\n"))
  }

  @Test(arguments: [
    ("Acme Corp", "Acme Corp"),
    ("2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"),
    ("Let's talk, then decide (maybe)?", "Let's talk, then decide (maybe)?"),
    ("yes", "\"yes\""),
    ("Null", "\"Null\""),
    ("400", "\"400\""),
    ("", "\"\""),
    ("a: b", "\"a: b\""),
    ("see #4", "\"see #4\""),
    ("- item", "\"- item\""),
    ("trailing ", "\"trailing \""),
    ("two\nlines", "\"two\\nlines\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
  ])
  func scalarsAreQuotedOnlyWhenTheyMustBe(text: String, written: String) throws {
    #expect(SnapshotTemplate.scalarText(text) == written)
    let node = try YAMLReader.parse(
      "k: \(written)\nl: [\(SnapshotTemplate.flow(.string(text), inCollection: true))]\n", file: "t")
    #expect(node["k"]?.string == text)
    #expect(node["l"]?[0]?.string == text)
  }
}
