/// Why a rule set could not be loaded: every problem found, and the files' text to quote from.
public struct RuleSetLoadError: Error, Sendable {
  /// Every problem, in file order.
  public var diagnostics: [Diagnostic]
  /// The text of each rule file read, by name, so diagnostics can quote their lines.
  public var sources: [String: String]
}
