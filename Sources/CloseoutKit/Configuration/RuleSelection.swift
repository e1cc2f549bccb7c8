/// Which rules to load: the built-in rules or not, then rule directories layered in order.
///
/// `--rules DIR` on the command line replaces both the built-in rules and the configured directories;
/// without it, a configuration's `rules` are added after the built-in rules, or replace them with
/// `replace_default_rules: true`.
public struct RuleSelection: Sendable, Equatable {
  /// Whether the built-in rule set is the first layer.
  public var includesDefaultRules: Bool
  /// Rule directories (or single rule files) layered after it, in order.
  public var directories: [String]

  /// Creates a selection.
  public init(includesDefaultRules: Bool, directories: [String]) {
    self.includesDefaultRules = includesDefaultRules
    self.directories = directories
  }

  /// The selection for `--rules` directories given on the command line and an optional configuration.
  public init(commandLine: [String], configuration: Configuration?) {
    if !commandLine.isEmpty {
      self.init(includesDefaultRules: false, directories: commandLine)
    } else if let configuration {
      self.init(
        includesDefaultRules: !configuration.replaceDefaultRules,
        directories: configuration.ruleDirectories.map(\.value))
    } else {
      self.init(includesDefaultRules: true, directories: [])
    }
  }

  /// The rule set of the selected layers, reporting every problem at once.
  public func load() throws(RuleSetLoadError) -> RuleSet {
    try RuleSetLoader.load(directories: directories, includingDefaultRules: includesDefaultRules)
  }
}
