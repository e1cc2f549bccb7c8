import ArgumentParser
import CloseoutKit
import Foundation

/// `--rules DIR`, shared by every subcommand that needs a rule set.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "A rule directory; repeat to layer directories (later ones add rules and override by id).",
      discussion: "Without --rules, the built-in default rule set is used.",
      valueName: "dir"))
  var directories: [String] = []

  /// The rule set, or exits with status 2 after printing every problem in the rule files.
  func load() throws -> RuleSet {
    do {
      return directories.isEmpty
        ? try RuleSetLoader.loadDefault() : try RuleSetLoader.load(directories: directories)
    } catch {
      let renderer = DiagnosticRenderer(sources: error.sources)
      Output.error(error.diagnostics.map(renderer.render).joined(separator: "\n"))
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }
}
