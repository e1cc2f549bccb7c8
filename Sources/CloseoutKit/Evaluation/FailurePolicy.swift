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

  /// The process's exit status for a batch: 2 when any snapshot could not be read or a rule could
  /// not be evaluated, else 1 when a finding at or above the threshold fired, else 0.
  public func exitStatus(for results: [CheckResult]) -> ExitStatus {
    if results.contains(where: { !$0.errors.isEmpty || $0.checklist == nil }) { return .error }
    let severities = results.compactMap { $0.checklist?.worstSeverity }
    return severities.contains(where: fails(on:)) ? .findings : .success
  }
}

/// The exit statuses of the `closeout` command.
public enum ExitStatus: Int32, Sendable {
  /// Nothing at or above `--fail-on`; rules linted clean; tests passed.
  case success = 0
  /// Findings at or above `--fail-on`.
  case findings = 1
  /// Bad usage, an unreadable snapshot, broken rules or a rule that could not be evaluated.
  case error = 2
}
