@testable import CloseoutKit

/// The results and rules the batch formats' tests report: a ready contract, a contract that is
/// not ready, and a snapshot that could not be read.
enum ReporterSamples {
  /// Three rules in three steps; `feedback-window`'s step is skipped on the ready contract.
  static let rules = [
    RuleSummary(
      id: "client-agreement", title: "Get the client's agreement", step: "communicate", severity: .blocker),
    RuleSummary(id: "tasks-done", title: "Finish the tasks", step: "finish-work", severity: .warning),
    RuleSummary(id: "feedback-window", title: "Leave feedback", step: "feedback", severity: .advice),
  ]

  /// A checked snapshot of `contract` whose steps have the given statuses and findings.
  static func checked(
    _ file: String, contract: String?, _ steps: [(String, StepStatus, [Finding])],
    next: Checklist.NextAction? = nil, errors: [Diagnostic] = []
  ) -> CheckResult {
    var result = CheckResult(file: file, errors: errors)
    result.contractID = contract
    result.checklist = Checklist(
      steps: steps.map { .init(id: $0.0, title: "Step " + $0.0, status: $0.1, findings: $0.2) }, next: next,
      errors: errors)
    return result
  }

  /// Every step done but feedback, which is skipped; nothing fired.
  static let ready = checked(
    "examples/ready.yaml", contract: "ct-1",
    [("communicate", .done, []), ("finish-work", .done, []), ("feedback", .skipped, [])])

  /// The client has not agreed (a blocker with a next step) and feedback is advised (no next step).
  static let notReady = checked(
    "examples/not-ready.yaml", contract: "ct-2",
    [
      (
        "communicate", .blocked,
        [
          Finding(
            rule: "client-agreement", severity: .blocker, title: "Get the client's agreement",
            message: "Acme has not agreed.", next: "Ask Acme.")
        ]
      ),
      ("finish-work", .done, []),
      (
        "feedback", .waiting,
        [
          Finding(
            rule: "feedback-window", severity: .advice, title: "Leave feedback", message: "No feedback yet.",
            next: nil)
        ]
      ),
    ], next: .init(step: "communicate", action: "Ask Acme."))

  /// A snapshot whose YAML does not parse.
  static let unreadable = CheckResult(
    file: "bad.yaml",
    errors: [Diagnostic(at: SourceLocation(file: "bad.yaml", line: 2, column: 14), "expected ',' or '}'")])

  /// Text that would break every format were it written as it is: markup of XML and Markdown, a
  /// CDATA end, quotes, control characters (NUL, ESC), CR LF, a bidi override and U+FFFE.
  static let hostile =
    "a <b>&\"'</b> ]]> *x* _y_ [l](http://e.x) | #1 `c`\u{0}\u{1B}[2J\r\nnext\u{202E}\u{FFFE}"

  /// A not-ready contract whose file, contract id, rule, title, message and next step are hostile.
  static let hostileResult = checked(
    hostile, contract: hostile,
    [
      (
        "communicate", .blocked,
        [
          Finding(
            rule: "r<1>", severity: .blocker, title: hostile, message: hostile, next: hostile)
        ]
      )
    ], next: .init(step: "communicate", action: hostile))
}

extension ReporterSamples {
  /// A rule that could not be evaluated, located in its rule file.
  static let ruleError = Diagnostic(
    at: SourceLocation(file: "rules/r.yaml", line: 4, column: 9),
    "rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks'", hint: "guard it")

  /// `notReady` with `ruleError`.
  static var withRuleError: CheckResult {
    var result = notReady
    result.errors = [ruleError]
    result.checklist?.errors = [ruleError]
    return result
  }
}
