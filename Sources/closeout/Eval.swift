import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout eval`: evaluates one expression, the quickest way to try a condition.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Evaluate one CEL expression against a snapshot, with the rule set's lists in scope.",
    discussion: """
      Prints the value as a CEL literal, or with --format json as typed JSON ({"int": "3"}, \
      {"list": [...]}). Without --snapshot every snapshot section is null. Exit status 2 when the \
      expression does not compile or cannot be evaluated.

      Example: closeout eval 'tasks.filter(t, t.status == "open").map(t, t.title)' --snapshot examples/not-ready.yaml

      With --rule RULE the rule's own `let`s are in scope too; --let RULE:NAME evaluates one of \
      them, as a check would: closeout eval --let finish-outstanding-tasks:open --snapshot examples/not-ready.yaml
      """
  )

  @Argument(help: "The CEL expression (not with --let).")
  var expression: String?

  @Option(help: ArgumentHelp("Evaluate within a rule: its `let`s are in scope.", valueName: "rule"))
  var rule: String?

  @Option(
    name: .customLong("let"),
    help: ArgumentHelp(
      "Evaluate a rule's `let`, named RULE:NAME, instead of an expression.", valueName: "rule:name"))
  var ruleLet: String?

  @Option(help: "The snapshot the expression sees (YAML or JSON; '-' reads standard input).")
  var snapshot: String?

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text (a CEL literal) or json (typed JSON).")
  var format: OutputFormat = .text

  func validate() throws {
    if ruleLet != nil && (expression != nil || rule != nil) {
      throw ValidationError("--let names what to evaluate: give no expression and no --rule with it.")
    }
    if ruleLet == nil && expression == nil {
      throw ValidationError("Missing expected argument '<expression>'.")
    }
    if let ruleLet, ruleLet.split(separator: ":", omittingEmptySubsequences: false).count != 2 {
      throw ValidationError("--let takes RULE:NAME, such as finish-outstanding-tasks:open.")
    }
  }

  func run() throws {
    let ruleSet = try rules.load(requiringRules: false)
    let (source, scope) = try target(in: ruleSet)
    var loaded: Snapshot?
    if let path = snapshot {
      do {
        loaded = try SnapshotLoader.load(path: path, schema: ruleSet.validationSchema)
      } catch {
        let source = error.source.map { String(decoding: $0, as: UTF8.self) }
        let renderer = DiagnosticRenderer(sources: source.map { [path: $0] } ?? [:])
        Output.error(renderer.render(error.diagnostics).joined(separator: "\n"))
        throw ExitCode(ExitStatus.error.rawValue)
      }
    }
    switch ExpressionEvaluator(ruleSet: ruleSet).evaluate(source, on: loaded, within: scope) {
    case .success(let value):
      Output.write(
        format == .json ? TypedValueJSON.render(value) : TerminalText.sanitized(value.debugText) + "\n")
    case .failure(let diagnostic):
      let renderer = DiagnosticRenderer(sources: [ExpressionEvaluator.sourceName: source])
      Output.error(renderer.render(diagnostic))
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }

  /// The expression to evaluate and the rule it is evaluated within, if any; exits with status 2
  /// when the rule or its `let` does not exist.
  private func target(in ruleSet: RuleSet) throws -> (source: String, rule: Rule?) {
    let parts = ruleLet.map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
    guard let id = parts?[0] ?? rule else { return (expression ?? "", nil) }
    guard let found = ruleSet.rules.first(where: { $0.id.value == id }) else {
      throw Self.fail(
        "error: no rule '\(id)' in the rule set",
        hint: Suggestion.didYouMean(id, among: ruleSet.rules.map(\.id.value)))
    }
    guard let name = parts?[1] else { return (expression ?? "", found) }
    guard found.lets.contains(where: { $0.name.value == name }) else {
      let names = found.lets.map(\.name.value)
      throw Self.fail(
        "error: the rule '\(id)' has no let '\(name)'",
        hint: Suggestion.didYouMean(name, among: names)
          ?? (names.isEmpty ? "it has no lets" : "its lets are \(names.joined(separator: ", "))"))
    }
    return (name, found)
  }

  private static func fail(_ message: String, hint: String?) -> ExitCode {
    Output.error(message + (hint.map { "\n  hint: \($0)" } ?? ""))
    return ExitCode(ExitStatus.error.rawValue)
  }
}
