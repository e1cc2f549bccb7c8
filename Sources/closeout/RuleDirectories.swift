import ArgumentParser
import CloseoutKit
import Foundation

/// `[DIR]...` and the rule options: the rule directories that `rules lint`, `rules test` and
/// `rules doc` work on, chosen as `check` chooses them (the directories given count as `--rules`;
/// without any, the configuration's directories over the built-in rules, or `--add-rules` over
/// them), so a team lints and tests its layer from any folder; `./rules` alone when no directory
/// is named anywhere.
struct RuleDirectories: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Rule directories or files, layered like --rules (default: the configuration's, else rules).",
      valueName: "dir"))
  var paths: [String] = []

  @OptionGroup var options: RuleOptions

  /// The directory worked on when none is named on the command line or in the configuration.
  static let fallback = ["rules"]

  /// The layers for `configuration`.
  func selection(configuration: Configuration?) -> RuleSelection {
    options.selection(configuration: configuration, paths: paths, fallback: Self.fallback)
  }

  /// The rule set as configured, or exits with status 2 after printing every problem in the
  /// configuration or the rule files.
  func resolve() throws -> RuleOptions.Resolved {
    try options.resolve(requiringRules: false, paths: paths, fallback: Self.fallback)
  }

  /// The tests of the directories of `resolved` (none at all is a problem when `required`),
  /// checked against `ruleSet` and naming none of `disabled`; prints their problems, if any, to
  /// standard error.
  func loadTests(
    of resolved: RuleOptions.Resolved, ruleSet: RuleSet, disabled: [Located<String>] = [], required: Bool
  ) -> RuleTestSuite {
    let suite = RuleTestLoader.load(
      directories: resolved.selection.directories, ruleSet: ruleSet, disabled: disabled, required: required)
    report(suite.diagnostics, sources: suite.sources)
    return suite
  }

  /// Prints diagnostics to standard error like a compiler.
  func report(_ diagnostics: [Diagnostic], sources: [String: String]) {
    guard !diagnostics.isEmpty else { return }
    let renderer = DiagnosticRenderer(sources: sources)
    let text = renderer.render(diagnostics).joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
  }
}
