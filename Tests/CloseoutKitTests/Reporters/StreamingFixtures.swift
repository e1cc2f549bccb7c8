@testable import CloseoutKit

/// Results that the streaming formats' tests (NDJSON, GitHub, TAP) write: a ready contract with
/// advice, a not-ready one, an unreadable snapshot, a rule error, and text meant to break out of
/// each format's syntax.
enum StreamingFixtures {
  /// A checked snapshot with one step and its findings.
  static func checked(
    _ file: String, contract: String, status: StepStatus = .next, findings: [Finding],
    errors: [Diagnostic] = []
  ) -> CheckResult {
    var result = CheckResult(file: file, errors: errors)
    result.contractID = contract
    result.contractStatus = "active"
    result.checklist = Checklist(
      steps: [.init(id: "wrap-up", title: "Wrap up", status: status, findings: findings)],
      next: .init(step: "wrap-up", action: "Wrap up."), errors: errors)
    return result
  }

  /// Ready to end, with one piece of advice.
  static let ready = checked(
    "ready.yaml", contract: "ct-1",
    findings: [
      Finding(rule: "handover-docs", severity: .advice, title: "Share the docs", message: "Not shared.")
    ])

  /// Not ready: a blocker with a next step and a warning without one.
  static let notReady = checked(
    "not-ready.yaml", contract: "ct-2", status: .blocked,
    findings: [
      Finding(
        rule: "client-agreement", severity: .blocker, title: "Get the client's agreement",
        message: "Acme has not agreed.", next: "Ask Acme."),
      Finding(rule: "feedback-window", severity: .warning, title: "Leave feedback", message: "No feedback."),
    ])

  /// A snapshot that could not be read, with a located error.
  static let unreadable = CheckResult(
    file: "bad.yaml", errors: [Diagnostic(at: SourceLocation(file: "bad.yaml", line: 2, column: 6), "broken")]
  )

  /// A checked snapshot on which a rule could not be evaluated.
  static let ruleError = checked(
    "odd.yaml", contract: "ct-3", findings: [],
    errors: [Diagnostic(at: SourceLocation(file: "rules/r.yaml", line: 4, column: 9), "no such key: 'x'")])

  /// Text that tries to end a line, a command or a description, move the cursor or reorder text.
  static let hostileText = "a,b: 100% # SKIP\n::error::forged\r\u{2028}\u{1B}[2J\u{202E}"

  /// A not-ready snapshot whose every text is `hostileText`.
  static let hostile = checked(
    hostileText, contract: hostileText, status: .blocked,
    findings: [
      Finding(rule: "r", severity: .blocker, title: hostileText, message: hostileText, next: hostileText)
    ])
}
