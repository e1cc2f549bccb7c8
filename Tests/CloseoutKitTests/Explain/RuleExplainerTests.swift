import Testing

@testable import CloseoutKit

@Suite struct RuleExplainerTests {
  private func explanation(_ rule: String, snapshot extra: String = "") throws -> Explanation {
    let set = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rule))])
    return RuleExplainer.explain(
      try #require(set.rules.first), on: try Fixtures.snapshot(Fixtures.minimalSnapshot(extra)))
  }

  @Test func showsLetsAndEverySubExpressionWithItsValue() throws {
    let explained = try explanation(
      """
        - id: open-tasks
          step: a
          severity: blocker
          title: T
          let:
            open: tasks.filter(t, t.status == 'open')
          when: open.size() > 1 && contract.kind == 'hourly'
          message: M
      """,
      snapshot: "tasks: [{title: A, status: open}, {title: B, status: open}]")
    #expect(explained.fired == false)
    #expect(
      explained.text() == """
        rule open-tasks (r.yaml:6:9), blocker: does not fire
          let open = tasks.filter(t, t.status == 'open') → [{'title': 'A', 'status': 'open'}, {'title': 'B', 'status': 'open'}]
            tasks → [{'title': 'A', 'status': 'open'}, {'title': 'B', 'status': 'open'}]
          when open.size() > 1 && contract.kind == 'hourly' → false
            open.size() > 1 → true
              open.size() → 2
                open → [{'title': 'A', 'status': 'open'}, {'title': 'B', 'status': 'open'}]
            contract.kind == 'hourly' → false
              contract.kind → 'fixed_price'
                contract → {'id': 'ct-1', 'kind': 'fixed_price', 'status': 'active'}

        """)
  }

  @Test func anExpressionOverSeveralLinesIsShownOnOneLine() throws {
    let explained = try explanation(
      """
        - id: r
          step: a
          severity: advice
          title: T
          when: >-
            contract.kind == 'hourly'
              || contract.status == 'active'
          message: M
      """)
    let text = explained.text()
    #expect(text.contains("  when contract.kind == 'hourly' || contract.status == 'active' → true\n"))
    #expect(!text.contains("\\u{A}"))
  }

  @Test func marksBranchesThatWereNotEvaluatedAndShowsErrors() throws {
    let explained = try explanation(
      """
        - {id: r, step: a, severity: advice, title: T, when: "tasks == null || tasks.size() > 0 ? contract.nope : false", message: M}
      """)
    #expect(explained.condition.outcome == .error("no such key: 'nope'"))
    let or = try #require(explained.condition.children.first)
    #expect(or.children.map(\.outcome) == [.value("true"), .notEvaluated])
    #expect(explained.condition.children.last?.outcome == .notEvaluated)
  }

  @Test func aWordFunctionsCallShowsTheEntriesItMatchedAndWhere() throws {
    let rule = """
        - id: ending
          step: a
          severity: advice
          title: T
          let:
            text: "'Sadly we must END the contract now'"
            phrases: "['end the contract', 'terminate']"
            found: text.foundWords(phrases)
          when: text.containsAnyWord(['goodbye'])
          message: M
      """
    let explained = try explanation(rule)
    #expect(
      explained.text().contains(
        """
          let found = text.foundWords(phrases) → ['end the contract']
            matched 'end the contract' in text at character 15 as 'END the contract'
            text → 'Sadly we must END the contract now'
        """))
    #expect(
      explained.text().contains(
        """
          when text.containsAnyWord(['goodbye']) → false
            no entry matched in text
            text →
        """))
  }

  @Test func aLoopShowsWhatItsWordCallsFoundInEachElement() throws {
    let rule = """
        - id: ending
          step: a
          severity: advice
          title: T
          let:
            msgs: "[{'text': 'hello there'}, {'text': 'we must end the contract'}]"
          when: >-
            msgs.exists(m, m.text.containsAnyWord(['end the contract'])
              && ['x'].exists(y, m.text.containsAnyWord([y])))
          message: M
      """
    #expect(
      try explanation(rule).text().contains(
        """
          when msgs.exists(m, m.text.containsAnyWord(['end the contract']) && ['x'].exists(y, m.text.containsAnyWord([y]))) → false
            matched 'end the contract' in msgs[1].text at character 9
            msgs → [{'text': 'hello there'}, {'text': 'we must end the contract'}]

        """))
  }
}
