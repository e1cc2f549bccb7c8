import ArgumentParser

/// The `closeout` command: checks a freelance contract before it is ended.
@main
struct Closeout: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "closeout",
    abstract: "Check a freelance contract before you end it, and get an ordered checklist.",
    discussion: """
      Closeout reads a contract snapshot (YAML or JSON), checks it against a rule set written in \
      YAML with CEL conditions, and prints what is wrong and what to do next, step by step.
      """,
    version: "0.1.0",
    subcommands: [Check.self],
    defaultSubcommand: nil
  )
}
