import ArgumentParser
import CloseoutKit

/// `closeout rules list`: the effective rule set after configuration.
struct RulesList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the rules that check uses after configuration, with where each was declared.",
    discussion: """
      Shows the steps in order and under each its rules: id, severity (with the declared one when \
      the configuration changed it), a 'disabled' marker, file:line and where later layers patched \
      it; then each list with where it is declared and changed. Exit status: 0, or 2 when the \
      configuration or the rules have a problem.
      """
  )

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let resolved = try rules.resolve(requiringRules: false)
    let listing = RuleListing(rules: resolved.rules, selection: resolved.selection)
    Output.write(format == .json ? listing.json() : listing.text())
  }
}
