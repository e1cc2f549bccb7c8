import ArgumentParser
import CloseoutKit
import Foundation

/// `[DIR]... [--add-rules DIR]...`: the rule directories that `rules lint`, `rules test` and
/// `rules doc` work on, layered like `check --rules`; `./rules` when none is given. With
/// `--add-rules` alone, the directories are layered over the built-in rules, as `check
/// --add-rules` does: a team lints and tests its layer from any folder.
struct RuleDirectories: ParsableArguments {
  @Argument(help: "Rule directories or files, layered like 'check --rules' (default: rules).")
  var directories: [String] = []

  @Option(
    name: .customLong("add-rules"),
    help: ArgumentHelp(
      "A rule directory layered over the directories given, or over the built-in rules when none is given.",
      valueName: "dir"))
  var addedDirectories: [String] = []

  /// The layers: the directories named (or `rules`), then the added ones; the built-in rules
  /// first when only added directories are named.
  var selection: RuleSelection {
    if directories.isEmpty && !addedDirectories.isEmpty {
      return RuleSelection(includesDefaultRules: true, directories: addedDirectories)
    }
    return RuleSelection(
      includesDefaultRules: false,
      directories: (directories.isEmpty ? ["rules"] : directories) + addedDirectories)
  }

  /// The directories on disk whose files and tests are worked on.
  var resolved: [String] { selection.directories }

  /// The rule set, or exits with status 2 after printing every problem in the rule files.
  func loadRuleSet() throws -> RuleSet {
    do {
      return try selection.load(requiringRules: false)
    } catch {
      report(error.diagnostics, sources: error.sources)
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }

  /// The tests of the directories (none at all is a problem when `required`); prints their
  /// problems, if any, to standard error.
  func loadTests(for ruleSet: RuleSet, required: Bool) -> RuleTestSuite {
    let suite = RuleTestLoader.load(directories: resolved, ruleSet: ruleSet, required: required)
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
