import ArgumentParser
import CloseoutKit
import Foundation

/// `[DIR]...`: the rule directories that `rules test` and `rules doc` work on, layered like
/// `check --rules`; `./rules` when none is given.
struct RuleDirectories: ParsableArguments {
  @Argument(help: "Rule directories, layered like 'check --rules' (default: rules).")
  var directories: [String] = []

  /// The directories named, or `rules`.
  var resolved: [String] { directories.isEmpty ? ["rules"] : directories }

  /// The rule set, or exits with status 2 after printing every problem in the rule files.
  func loadRuleSet() throws -> RuleSet {
    do {
      return try RuleSetLoader.load(directories: resolved)
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
