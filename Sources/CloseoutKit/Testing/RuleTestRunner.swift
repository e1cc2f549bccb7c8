/// Runs rule test cases: checks each case's snapshot and compares the checklist with the case's
/// expectations.
public struct RuleTestRunner: Sendable {
  /// The engine that checks the snapshots.
  public let engine: Engine

  /// Creates a runner for the rule set that the cases were loaded against.
  public init(ruleSet: RuleSet) { engine = Engine(ruleSet: ruleSet) }

  /// The results of `cases`, in order.
  public func run(_ cases: [RuleTestCase]) -> [RuleTestResult] { cases.map(run) }

  /// The result of one case.
  public func run(_ testCase: RuleTestCase) -> RuleTestResult {
    let checklist = engine.check(testCase.snapshot)
    let findings = checklist.steps.flatMap(\.findings)
    let expected = testCase.expectations
    var failures: [RuleTestFailure] = checklist.errors.map { .ruleError($0) }
    for rule in expected.firingRules where !findings.contains(where: { $0.rule == rule }) {
      failures.append(.didNotFire(rule: rule))
    }
    for rule in expected.silent {
      if let finding = findings.first(where: { $0.rule == rule.value }) {
        failures.append(.fired(rule: rule.value, message: finding.message))
      }
    }
    for (rule, text) in expected.messages {
      if let finding = findings.first(where: { $0.rule == rule.value }), !finding.message.contains(text) {
        failures.append(.message(rule: rule.value, expected: text, actual: finding.message))
      }
    }
    for (step, status) in expected.steps {
      if let actual = checklist.steps.first(where: { $0.id == step.value })?.status, actual != status {
        failures.append(.step(step: step.value, expected: status, actual: actual))
      }
    }
    if let verdict = expected.verdict?.value {
      let actual: RuleTestVerdict = checklist.isReady ? .ready : .notReady
      if actual != verdict { failures.append(.verdict(expected: verdict, actual: actual)) }
    }
    if let next = expected.next?.value, !(checklist.next?.action.contains(next) ?? false) {
      failures.append(.next(expected: next, actual: checklist.next?.action))
    }
    var inspected: [String] = []
    for rule in failures.compactMap(\.rule) where !inspected.contains(rule) { inspected.append(rule) }
    let inspections = inspected.compactMap { id in
      engine.ruleSet.rules.first { $0.id.value == id }.map {
        RuleInspector.inspect($0, on: testCase.snapshot)
      }
    }
    return RuleTestResult(
      testCase: testCase, failures: failures, fired: findings.map(\.rule), inspections: inspections)
  }
}
