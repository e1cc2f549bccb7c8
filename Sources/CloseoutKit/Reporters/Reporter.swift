/// Turns check results into text for one output format.
public protocol Reporter: Sendable {
  /// The format's name, as given to `--format`.
  static var identifier: String { get }
  /// The whole output for a batch of results.
  func render(_ results: [CheckResult]) -> String
}
