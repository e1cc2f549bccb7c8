import ArgumentParser
import CloseoutKit

/// The exit statuses of the `closeout` command, which the command line alone decides from what
/// the library reports.
enum ExitStatus: Int32 {
  /// Nothing at or above `--fail-on`; rules linted clean; tests passed.
  case success = 0
  /// Findings at or above `--fail-on`; failing rule tests; warnings under `--strict`.
  case findings = 1
  /// Bad usage, an unreadable snapshot, broken rules or a rule that could not be evaluated.
  case error = 2

  /// A check run's status: 2 when an input could not be checked, else 1 when a finding fired that
  /// `failOn` fails on, else 0.
  init(_ outcome: CheckOutcome, failOn: FailurePolicy) {
    if !outcome.isClean {
      self = .error
    } else {
      self = outcome.fails(failOn) ? .findings : .success
    }
  }

  /// A rule test run's status: 2 when broken, 1 when a case failed, else 0.
  init(_ outcome: RuleTestOutcome) {
    switch outcome {
    case .passed: self = .success
    case .failed: self = .findings
    case .broken: self = .error
    }
  }

  /// The status as the error that ends the command with it.
  var exitCode: ExitCode { ExitCode(rawValue) }
}
