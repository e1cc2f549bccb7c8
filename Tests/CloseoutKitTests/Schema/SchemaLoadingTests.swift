import Testing

@testable import CloseoutKit

@Suite struct SchemaLoadingTests {
  /// A rule file with a step and one rule whose condition is `when`.
  private func rules(when: String) -> String {
    Fixtures.stepsAndRules(
      """
        - id: r
          step: a
          severity: warning
          title: T
          when: "\(when)"
          message: M

      """)
  }

  private let schema = """
    schema:
      type: object
      required: [contract]
      properties:
        contract:
          type: object
          required: [id]
          properties:
            id: {type: string}
            status: {type: string, enum: [active, ended]}
        tasks:
          type: [array, "null"]
          items:
            type: object
            properties:
              status: {type: string}
              done: {type: [boolean, "null"]}
              hours: {type: [number, "null"]}

    """

  @Test(arguments: [
    (
      "schema:\n  tpye: object\n",
      ["s.yaml:2:3: error: unknown key 'tpye' in the snapshot schema"], "did you mean 'type'?"
    ),
    (
      "schema:\n  properties:\n    a: {type: strnig}\n",
      ["s.yaml:3:15: error: unknown type 'strnig'"], "did you mean 'string'?"
    ),
    (
      "schema:\n  properties:\n    a: {type: string, format: date}\n",
      ["s.yaml:3:31: error: unknown format 'date'"], "use one of: date-time"
    ),
    (
      "schema:\n  properties:\n    a: {type: object, required: [idd], properties: {id: {type: string}}}\n",
      ["s.yaml:3:34: error: required property 'idd' is not declared under 'properties'"], "did you mean 'id'?"
    ),
    (
      "schema:\n  properties:\n    a: {type: integer, enum: [1, two]}\n",
      ["s.yaml:3:34: error: the 'enum' value two is not an integer"], nil
    ),
    (
      "schema:\n  properties:\n    a: {type: string, items: {type: string}}\n",
      ["s.yaml:3:30: error: 'items' applies only to the type 'array', which 'type' does not list"], nil
    ),
    (
      "schema:\n  type: array\n",
      ["s.yaml:2:9: error: the snapshot schema must describe a mapping ('type: object')"],
      "a snapshot is a mapping of sections; declare them under 'properties'"
    ),
    (
      "schema:\n  properties: [a]\n",
      ["s.yaml:2:15: error: 'properties' must be a mapping of field names to schemas"], nil
    ),
    (
      "schema:\n  properties:\n    a: {description: [x]}\n",
      ["s.yaml:3:22: error: a schema's 'description' must be a string, not a list"], nil
    ),
  ])
  func reportsSchemaProblems(text: String, expected: [String], hint: String?) {
    do {
      _ = try Fixtures.ruleSet([("s.yaml", text)])
      Issue.record("loaded: \(text)")
    } catch {
      #expect(error.diagnostics.map(\.summary) == expected)
      #expect(error.diagnostics.first?.hint == hint)
    }
  }

  @Test func aSchemaIsDeclaredOncePerDirectory() {
    #expect(
      Fixtures.loadProblems([("a.yaml", "schema: {type: object}\n"), ("b.yaml", "schema: {type: object}\n")])
        == [
          "b.yaml:1:9: error: the snapshot schema is declared twice in one rule directory"
        ])
  }

  @Test(arguments: [
    (
      "schema:\n  properties:\n    a: {type: array, maxItems: -1}\n",
      "s.yaml:3:32: error: 'maxItems' must be a non-negative integer, not '-1'"
    ),
    (
      "schema:\n  properties:\n    a: {type: integer, maxLength: 5}\n",
      "s.yaml:3:35: error: 'maxLength' applies only to the type 'string', which 'type' does not list"
    ),
  ])
  func reportsWrongSizeBounds(text: String, expected: String) {
    reportsSchemaProblems(text: text, expected: [expected], hint: nil)
  }

  @Test func unknownFieldsAreErrorsAtTheFieldWithDidYouMean() {
    let problems = Fixtures.loadProblems([
      ("schema.yaml", schema),
      ("r.yaml", rules(when: "tasks != null && tasks.exists(t, t.stauts == 'open')")),
    ])
    #expect(problems == ["r.yaml:10:47: error: unknown field 'stauts' on task; did you mean 'status'?"])
    do {
      _ = try Fixtures.ruleSet([("schema.yaml", schema), ("r.yaml", rules(when: "has(contract.name)"))])
    } catch {
      #expect(error.diagnostics.map(\.summary) == ["r.yaml:10:25: error: unknown field 'name' on contract"])
      #expect(error.diagnostics.first?.hint == "contract has the fields id, status")
    }
  }

  @Test(arguments: [
    (
      "contract.status == 1",
      "r.yaml:10:28: error: found no matching overload for '==' applied to (string, int)"
    ),
    ("contract.id < 2", "r.yaml:10:24: error: found no matching overload for '<' applied to (string, int)"),
    (
      "tasks.exists(t, size(t.done) > 0)",
      "r.yaml:10:28: error: found no matching overload for 'size' applied to (bool)"
    ),
    (
      "tasks.exists(t, t.hours + 1 > 2)",
      "r.yaml:10:36: error: found no matching overload for '+' applied to (double, int)"
    ),
  ])
  func typeErrorsAreCompileErrors(when: String, expected: String) {
    #expect(Fixtures.loadProblems([("schema.yaml", schema), ("r.yaml", rules(when: when))]) == [expected])
  }

  @Test(arguments: [
    "contract.status == 'ended' && (tasks == null ? [] : tasks).all(t, t.done == true)",
    "has(contract.status) && contract.status != null",
    "tasks != null && tasks.filter(t, has(t.hours) && t.hours != null).map(t, double(t.hours)).sum() > 1.0",
    "snapshot.contract.id != '' && snapshot.anything_else == null || true",
  ])
  func defensiveExpressionsCheck(when: String) {
    let problems = Fixtures.loadProblems([("schema.yaml", schema), ("r.yaml", rules(when: when))])
    if when.contains("anything_else") {
      #expect(problems.first?.contains("unknown field 'anything_else' on snapshot") == true)
    } else {
      #expect(problems == [])
    }
  }

  @Test func letsCarryTheirTypes() {
    let text = Fixtures.stepsAndRules(
      """
        - id: r
          step: a
          severity: warning
          title: T
          let:
            open: "(tasks == null ? [] : tasks).filter(t, t.status == 'open')"
          when: open.exists(t, t.done == 'yes')
          message: M

      """)
    #expect(
      Fixtures.loadProblems([("schema.yaml", schema), ("r.yaml", text)]) == [
        "r.yaml:12:33: error: found no matching overload for '==' applied to (bool, string)"
      ])
  }

  @Test func aLaterDirectoryExtendsTheSchema() throws {
    let rule = rules(when: "tasks != null && tasks.exists(t, t.priority > 2)")
    let base = [RuleSource(name: "base/schema.yaml", bytes: Array(schema.utf8))]
    let team = [
      RuleSource(
        name: "team/schema.yaml",
        bytes: Array(
          "schema:\n  properties:\n    tasks:\n      items:\n        properties:\n          priority: {type: integer}\n"
            .utf8)),
      RuleSource(name: "team/r.yaml", bytes: Array(rule.utf8)),
    ]
    let set = try RuleSetLoader.load(layers: [base, team])
    #expect(set.rules.map(\.id.value) == ["r"])
    #expect(set.schema?.root.property("contract")?.required == ["id"])
    #expect(throws: RuleSetLoadError.self) {
      try RuleSetLoader.load(layers: [base, [RuleSource(name: "team/r.yaml", bytes: Array(rule.utf8))]])
    }
  }

  @Test func withoutASchemaFieldsAreDynamic() throws {
    let set = try Fixtures.ruleSet([("r.yaml", rules(when: "contract.anything == 1"))])
    #expect(set.schema == nil)
  }

  @Test func theDefaultRulesCarryTheSchema() throws {
    let set = try RuleSetLoader.loadDefault()
    #expect(set.schema?.root.property("tasks")?.items?.property("status")?.allowedValues?.count == 4)
  }
}
