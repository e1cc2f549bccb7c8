/// How one conformance test went.
public enum ConformanceOutcome: Sendable, Equatable {
  /// The result was as expected.
  case passed
  /// The result (a value or an error) was not as expected.
  case failed(actual: String)
  /// The test was not run, and why.
  case skipped(reason: String)
}

/// The outcome of every test of one file.
public struct ConformanceFileResult: Sendable {
  /// The file stem.
  public var file: String
  /// Each test with its outcome, in file order.
  public var results: [(test: ConformanceTest, outcome: ConformanceOutcome)]

  /// The number of tests that passed.
  public var passed: Int { results.filter { $0.outcome == .passed }.count }
  /// The number of tests that failed.
  public var failed: Int { results.filter { if case .failed = $0.outcome { true } else { false } }.count }
  /// The number of tests not run.
  public var skipped: Int { results.filter { if case .skipped = $0.outcome { true } else { false } }.count }

  /// Passed tests as a percentage of those run (100 when none ran).
  public var passRate: Double {
    let run = passed + failed
    return run == 0 ? 100 : Double(passed) * 100 / Double(run)
  }

  /// `file: N passed, N failed, N skipped`.
  public var summary: String { "\(file): \(passed) passed, \(failed) failed, \(skipped) skipped" }
}
