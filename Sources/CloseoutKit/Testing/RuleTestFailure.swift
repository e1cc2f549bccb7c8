/// One way a case's expectations were not met.
public enum RuleTestFailure: Sendable, Equatable {
  /// A rule expected to fire stayed silent.
  case didNotFire(rule: String)
  /// A rule expected to stay silent fired, with this message.
  case fired(rule: String, message: String)
  /// A rule fired, but its message does not contain the expected text.
  case message(rule: String, expected: String, actual: String)
  /// A step has another status than expected.
  case step(step: String, expected: StepStatus, actual: StepStatus)
  /// The verdict is not the expected one.
  case verdict(expected: RuleTestVerdict, actual: RuleTestVerdict)
  /// The checklist's next action does not contain the expected text (nil: there is none).
  case next(expected: String, actual: String?)
  /// A rule could not be evaluated on the case's snapshot.
  case ruleError(Diagnostic)

  /// The rule the failure is about, if any.
  public var rule: String? {
    switch self {
    case .didNotFire(let rule), .fired(let rule, _), .message(let rule, _, _): rule
    case .step, .verdict, .next, .ruleError: nil
    }
  }

  /// The failure in one sentence.
  public var description: String {
    switch self {
    case .didNotFire(let rule):
      "expected \(rule) to fire, but it stayed silent"
    case .fired(let rule, let message):
      "expected \(rule) to stay silent, but it fired: \(message)"
    case .message(let rule, let expected, let actual):
      "expected the message of \(rule) to contain \"\(expected)\", but it is: \(actual)"
    case .step(let step, let expected, let actual):
      "expected step \(step) to be \(expected.rawValue), but it is \(actual.rawValue)"
    case .verdict(let expected, let actual):
      "expected the verdict \(expected.rawValue), but it is \(actual.rawValue)"
    case .next(let expected, let actual?):
      "expected the next action to contain \"\(expected)\", but it is: \(actual)"
    case .next(let expected, nil):
      "expected the next action to contain \"\(expected)\", but every step is done or skipped"
    case .ruleError(let diagnostic):
      diagnostic.summary
    }
  }
}
