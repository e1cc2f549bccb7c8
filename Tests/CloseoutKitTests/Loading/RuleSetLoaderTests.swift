import Testing

@testable import CloseoutKit

@Suite struct RuleSetLoaderTests {
  private let rule = """
      - id: r
        step: a
        severity: warning
        title: T
        when: "true"
        message: M

    """

  @Test func loadsStepsListsAndRules() throws {
    let set = try Fixtures.ruleSet([
      ("one.yaml", Fixtures.stepsAndRules(rule)),
      ("two.yaml", "lists:\n  words: [a, b]\n  greetings: {en: [hello], es: [hola]}\n"),
    ])
    #expect(set.steps.map(\.id.value) == ["a", "b", "c"])
    #expect(set.rules.map(\.id.value) == ["r"])
    #expect(set.rules.first?.id.location == SourceLocation(file: "one.yaml", line: 6, column: 9))
    #expect(
      set.lists == [
        "words": .words(["a", "b"]), "greetings": .byLanguage(["en": ["hello"], "es": ["hola"]]),
      ])
  }

  @Test func reportsUnknownKeysWithDidYouMean() {
    let text = Fixtures.stepsAndRules(rule.replacingOccurrences(of: "severity:", with: "severty:"))
    let problems = Fixtures.loadProblems([("r.yaml", text)])
    #expect(
      problems == [
        "r.yaml:6:5: error: a rule is missing the required key 'severity'",
        "r.yaml:8:5: error: unknown key 'severty' in a rule",
      ])
  }

  @Test func reportsUnknownSeverityValues() throws {
    let text = Fixtures.stepsAndRules(rule.replacingOccurrences(of: "warning", with: "warnng"))
    do {
      _ = try Fixtures.ruleSet([("r.yaml", text)])
      Issue.record("loaded")
    } catch {
      #expect(error.diagnostics.map(\.summary) == ["r.yaml:8:15: error: unknown severity 'warnng'"])
      #expect(error.diagnostics.first?.hint == "did you mean 'warning'?")
    }
  }

  @Test func reportsEveryProblemAtOnce() {
    let text = """
      steps:
        - {id: a, title: A, after: [b]}
        - {id: b, title: B, after: [a]}
      lists:
        words: [x]
      rules:
        - {id: r1, step: z, severity: advice, title: T, when: "lists.wrds.size() > 0", message: M}
        - {id: r1, step: a, severity: advice, title: T, when: "tasks.size() >", message: M}
        - {id: r3, step: a, severity: advice, title: T, when: "true", message: "n = {{ x + }}", bogus: 1}
      """
    #expect(
      Fixtures.loadProblems([("r.yaml", text)]) == [
        "r.yaml:2:10: error: steps depend on each other in a cycle: a → b → a",
        "r.yaml:7:20: error: rule 'r1' belongs to unknown step 'z'",
        "r.yaml:7:58: error: unknown list 'wrds'",
        "r.yaml:8:10: error: duplicate rule id 'r1'",
        "r.yaml:9:86: error: unexpected end of expression",
        "r.yaml:9:91: error: unknown key 'bogus' in a rule",
      ])
  }

  @Test func aSecondLoopVariableNamedListsHidesTheListsAndListsRangeIsAFunction() {
    let text = """
      steps:
        - {id: a, title: A}
      lists:
        words: [x]
      rules:
        - id: r
          step: a
          severity: advice
          title: T
          when: "[{'wrds': 1}].exists(i, lists, lists.wrds == 1) && lists.range(2).size() == lists.words.size() + 1"
          message: M
      """
    #expect(Fixtures.loadProblems([("r.yaml", text)]) == [])
  }

  @Test func locatesExpressionErrorsInsideTheYAMLFile() {
    let text = Fixtures.stepsAndRules(
      """
        - id: r
          step: a
          severity: advice
          title: T
          let:
            open: tasks.filter(t, t.status == 'open')
          when: |
            open.size() > 0 &&
              undeclared_thing
          message: "{{ open.size( }} open"

      """)
    #expect(
      Fixtures.loadProblems([("r.yaml", text)]) == [
        "r.yaml:14:9: error: undeclared reference to 'undeclared_thing'",
        "r.yaml:15:29: error: unexpected end of expression",
      ])
  }

  @Test func reportsYAMLErrorsWithTheirPlace() {
    let problems = Fixtures.loadProblems([("bad.yaml", "steps:\n  - id: a\n    id: b\n    title: x\n")])
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("bad.yaml:3:5: error: duplicate key 'id'") == true)
  }

  @Test func aRuleFileWithThousandsOfErrorsReportsFiftyAndACount() {
    let rules = (0..<4_000).map { "{id: r\($0)}" }.joined(separator: ", ")
    let problems = Fixtures.loadProblems([("r.yaml", "rules: [\(rules)]\n")])
    #expect(problems.count == Diagnostic.maxPerFile + 1)
    // Each rule misses step, severity, title, when and message.
    #expect(problems.last == "note: … and 19950 more errors in r.yaml")
  }

  @Test func letsSeeOnlyEarlierLets() {
    let text = Fixtures.stepsAndRules(
      """
        - id: r
          step: a
          severity: advice
          title: T
          let:
            first: second + 1
            second: 1
          when: first > 1
          message: M

      """)
    #expect(
      Fixtures.loadProblems([("r.yaml", text)]) == ["r.yaml:11:14: error: undeclared reference to 'second'"])
  }

  @Test func laterLayersOverrideRulesByID() throws {
    let base = Fixtures.stepsAndRules(rule)
    let override = """
      rules:
        - {id: r, step: b, severity: blocker, title: Changed, when: "false", message: M}
      """
    let set = try RuleSetLoader.load(layers: [
      [RuleSource(name: "base/r.yaml", bytes: Array(base.utf8))],
      [RuleSource(name: "team/r.yaml", bytes: Array(override.utf8))],
    ])
    #expect(set.rules.count == 1)
    #expect(set.rules.first?.title == "Changed")
    #expect(set.rules.first?.severity == .blocker)
  }

  @Test func loadsTheDefaultRules() throws {
    let set = try RuleSetLoader.loadDefault()
    #expect(
      set.steps.map(\.id.value) == ["communicate", "finish-work", "request-end", "feedback", "reflect"])
    #expect(set.rules.count >= 22)
  }
}
