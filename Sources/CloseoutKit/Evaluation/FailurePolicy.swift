/// Which findings make `closeout check` exit with 1 (`--fail-on`).
public enum FailurePolicy: String, Sendable, CaseIterable {
  /// Fail when a blocker fired (the default).
  case blocker
  /// Fail on a warning or worse.
  case warning
  /// Fail on any finding.
  case advice
  /// Never fail because of findings.
  case never

  /// Whether a finding of `severity` makes the run fail.
  public func fails(on severity: Severity) -> Bool {
    switch self {
    case .never: false
    case .blocker: severity <= .blocker
    case .warning: severity <= .warning
    case .advice: true
    }
  }
}
