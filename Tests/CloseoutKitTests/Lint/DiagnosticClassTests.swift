import Testing

@testable import CloseoutKit

/// One test per diagnostic class that `closeout rules lint` reports, each asserting the file, line,
/// column and message (and the hint where there is one).
@Suite struct DiagnosticClassTests {
  /// The diagnostics of loading `rule` (one rule, written after steps a → b → c in `r.yaml`).
  private func problems(_ rule: String, lists: String = "") -> [Diagnostic] {
    do {
      _ = try Fixtures.ruleSet([("r.yaml", Fixtures.stepsAndRules(rule) + lists)])
      return []
    } catch {
      return error.diagnostics
    }
  }

  private func rule(when: String, message: String = "M") -> String {
    """
      - id: r
        step: a
        severity: advice
        title: T
        when: \(when)
        message: \(message)

    """
  }

  @Test func yamlSyntaxError() {
    let found = Fixtures.loadProblems([("r.yaml", "rules:\n  - id: r\n   step: a\n")])
    #expect(
      found == ["r.yaml:3:4: error: while parsing a block collection: did not find expected '-' indicator"])
  }

  @Test func misspelledKeyAndValue() {
    let found = problems(
      rule(when: "\"true\"").replacingOccurrences(of: "severity: advice", with: "severity: advise"))
    #expect(found.map(\.summary) == ["r.yaml:8:15: error: unknown severity 'advise'"])
    #expect(found.first?.hint == "did you mean 'advice'?")
  }

  @Test func duplicateIDsAcrossFilesNameBothPlaces() {
    let one = Fixtures.stepsAndRules(rule(when: "\"true\""))
    do {
      _ = try Fixtures.ruleSet([("one.yaml", one), ("two.yaml", "rules:\n" + rule(when: "\"false\""))])
      Issue.record("loaded")
    } catch {
      #expect(error.diagnostics.map(\.summary) == ["two.yaml:2:9: error: duplicate rule id 'r'"])
      #expect(
        error.diagnostics.first?.notes.map(\.location) == [
          SourceLocation(file: "one.yaml", line: 6, column: 9)
        ])
    }
  }

  @Test func unknownFunctionWithDidYouMean() {
    let found = problems(rule(when: "tasks.fliter(t, t.done).size() > 0"))
    #expect(found.map(\.summary) == ["r.yaml:10:17: error: undeclared reference to function 'fliter'"])
    #expect(found.first?.hint == "did you mean 'filter'?")
  }

  @Test func macroWithTheWrongNumberOfArguments() {
    let found = problems(rule(when: "tasks.exists(t)"))
    #expect(found.map(\.summary) == ["r.yaml:10:17: error: wrong number of arguments to the macro 'exists'"])
  }

  @Test func unknownLetName() {
    let found = problems(
      rule(when: "opn.size() > 0").replacingOccurrences(
        of: "    when:", with: "    let: {open: '[1]'}\n    when:"))
    #expect(found.map(\.summary) == ["r.yaml:11:11: error: undeclared reference to 'opn'"])
    #expect(found.first?.hint == "did you mean 'open'?")
  }

  @Test func unknownList() {
    let found = problems(
      rule(when: "contract.id.containsAnyWord(lists.insult)"), lists: "lists:\n  insults: [idiot]\n")
    #expect(found.map(\.summary) == ["r.yaml:10:39: error: unknown list 'insult'"])
    #expect(found.first?.hint == "did you mean 'insults'?")
  }

  @Test func templateThatDoesNotParse() {
    let found = problems(rule(when: "\"true\"", message: "\"{{ tasks.size( }} open\""))
    #expect(found.map(\.summary) == ["r.yaml:11:30: error: unexpected end of expression"])
  }

  @Test func unclosedTemplate() {
    let found = problems(rule(when: "\"true\"", message: "\"{{ tasks.size()\""))
    #expect(found.map(\.summary) == ["r.yaml:11:15: error: '{{' is not closed by '}}'"])
  }

  @Test func regexThatDoesNotCompile() {
    let found = problems(rule(when: "contract.id.matches('[')"))
    #expect(found.count == 1)
    #expect(found.first?.summary.hasPrefix("r.yaml:10:") == true)
    #expect(found.first?.message.hasPrefix("invalid regular expression '['") == true)
  }

  @Test func expressionThatDoesNotParse() {
    let found = problems(rule(when: "tasks.size() >"))
    #expect(found.map(\.summary) == ["r.yaml:10:25: error: unexpected end of expression"])
  }
}

@Suite struct PartialRuleTests {
  @Test func aRuleWithAKeyProblemStillHasItsStepAndExpressionsChecked() {
    let text = Fixtures.stepsAndRules(
      """
        - id: r
          step: z
          severty: advice
          title: T
          when: tasks.fliter(t, t.done)
          message: "{{ tasks.size( }}"
      """)
    #expect(
      Fixtures.loadProblems([("r.yaml", text)]) == [
        "r.yaml:6:5: error: a rule is missing the required key 'severity'",
        "r.yaml:7:11: error: a rule belongs to unknown step 'z'",
        "r.yaml:8:5: error: unknown key 'severty' in a rule",
        "r.yaml:10:17: error: undeclared reference to function 'fliter'",
        "r.yaml:11:30: error: unexpected end of expression",
      ])
  }
}
