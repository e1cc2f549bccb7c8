/// Which rules to load: the built-in rules or not, then rule directories layered in order.
///
/// `--rules DIR` on the command line replaces both the built-in rules and the configured directories;
/// without it, a configuration's `rules` are added after the built-in rules, or replace them with
/// `replace_default_rules: true`. `--add-rules DIR` layers directories after all of these.
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

  /// The selection for `--rules` directories given on the command line, `--add-rules` directories
  /// layered after them, and an optional configuration.
  public init(commandLine: [String], adding added: [String] = [], configuration: Configuration?) {
    if !commandLine.isEmpty {
      self.init(includesDefaultRules: false, directories: commandLine + added)
    } else if let configuration {
      self.init(
        includesDefaultRules: !configuration.replaceDefaultRules,
        directories: configuration.ruleDirectories.map(\.value) + added)
    } else {
      self.init(includesDefaultRules: true, directories: added)
    }
  }

  /// The rule set of the selected layers, reporting every problem at once. When `requiringRules`
  /// (for checking), a rule set without a rule is an error: every snapshot would pass its check,
  /// which no one means; evaluating an expression with a layer of lists alone is fine.
  public func load(requiringRules: Bool = true) throws(RuleSetLoadError) -> RuleSet {
    let ruleSet = try RuleSetLoader.load(
      directories: directories, includingDefaultRules: includesDefaultRules)
    guard requiringRules, ruleSet.rules.isEmpty else { return ruleSet }
    let layers = directories.isEmpty ? "any layer" : directories.map { "'\($0)'" }.joined(separator: ", ")
    throw RuleSetLoadError(
      diagnostics: [
        Diagnostic(
          at: nil, "no rule is loaded from \(layers): every snapshot would pass its check",
          hint: "--rules (like `replace_default_rules: true`) replaces the built-in rules; to layer a "
            + "directory over them, use --add-rules DIR or `rules:` in .closeout.yaml")
      ], sources: ruleSet.sources)
  }
}
