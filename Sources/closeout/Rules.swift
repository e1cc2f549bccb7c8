import ArgumentParser

/// `closeout rules`: tools for the people who write rule sets.
struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Work on rule sets: lint them, run their tests, list them and generate their documentation.",
    subcommands: [RulesLint.self, RulesTest.self, RulesDoc.self, RulesList.self]
  )
}
