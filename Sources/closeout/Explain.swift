import ArgumentParser
import CloseoutKit

/// `closeout explain`: why a rule fired or did not on a snapshot.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Explain why a rule fired or did not: each let and each sub-expression with its value.",
    discussion: """
      Prints a tree per snapshot: the rule's lets, then its condition, each sub-expression with the \
      value it had; branches that &&, || and ?: skipped are marked (not evaluated). Same as \
      'closeout check --explain RULE FILE...'.
      """
  )

  @Argument(help: "The rule's id.")
  var rule: String

  @Argument(help: "Snapshot files (YAML or JSON); '-' reads standard input.")
  var files: [String]

  @OptionGroup var rules: RuleOptions

  @Flag(name: .customLong("no-validate"), help: "Do not validate snapshots against the snapshot schema.")
  var noValidate = false

  func run() throws {
    let ruleSet = try rules.load()
    try Explainer(ruleID: rule, ruleSet: ruleSet, validates: !noValidate).run(files)
  }
}

/// Explains one rule on snapshot files, for `explain` and `check --explain`.
struct Explainer {
  let ruleID: String
  let ruleSet: RuleSet
  let validates: Bool

  /// Prints the explanation for each file; exits 2 for an unknown rule or an unreadable file.
  func run(_ files: [String]) throws {
    let rule: Rule
    switch ruleSet.rule(withID: ruleID) {
    case .success(let found): rule = found
    case .failure(let problem):
      Output.error(DiagnosticRenderer().render(problem))
      throw ExitCode(ExitStatus.error.rawValue)
    }
    let checker = SnapshotChecker(engine: Engine(ruleSet: ruleSet), validates: validates)
    var failed = false
    for file in files {
      switch checker.load(file: file) {
      case .readable(let snapshot):
        Output.write("\(TerminalText.sanitized(file)):\n" + RuleExplainer.explain(rule, on: snapshot).text())
      case .unreadable(let result):
        let renderer = DiagnosticRenderer(sources: [result].snapshotSources)
        Output.error(renderer.render(result.errors).joined(separator: "\n"))
        failed = true
      }
    }
    if failed { throw ExitCode(ExitStatus.error.rawValue) }
  }
}
