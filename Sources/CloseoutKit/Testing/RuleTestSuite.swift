/// The rule tests of one or more rule directories: the cases that can run, and the problems that
/// keep the others from running.
public struct RuleTestSuite: Sendable {
  /// The test files read, in order.
  public var files: [String]
  /// The cases free of problems, in file order.
  public var cases: [RuleTestCase]
  /// Every problem in the test files and the snapshots they name, in file order.
  public var diagnostics: [Diagnostic]
  /// The text of every test and snapshot file read, by name, for quoting in diagnostics.
  public var sources: [String: String]
}
