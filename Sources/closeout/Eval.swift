import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout eval`: evaluates one expression, the quickest way to try a condition.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Evaluate one CEL expression against a snapshot, with the rule set's lists in scope.",
    discussion: """
      Prints the value as a CEL literal, or with --format json as typed JSON ({"int": "3"}, \
      {"list": [...]}). Without --snapshot every section reads as the schema's default (null without one). Exit status 2 when the \
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
    if ruleLet != nil && letParts == nil {
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

  /// The rule and the `let` that `--let RULE:NAME` names, nil without it or when it is not of
  /// that shape.
  private var letParts: (rule: String, name: String)? {
    guard let parts = ruleLet?.split(separator: ":", omittingEmptySubsequences: false), parts.count == 2
    else {
      return nil
    }
    return (String(parts[0]), String(parts[1]))
  }

  /// The expression to evaluate and the rule it is evaluated within, if any; exits with status 2
  /// when the rule or its `let` does not exist.
  private func target(in ruleSet: RuleSet) throws -> (source: String, rule: Rule?) {
    guard let id = letParts?.rule ?? rule else { return (expression ?? "", nil) }
    let found = try Self.found(ruleSet.rule(withID: id))
    guard let name = letParts?.name else { return (expression ?? "", found) }
    return (try Self.found(found.binding(named: name)).name.value, found)
  }

  /// What `result` found, or exits with status 2 after printing why there is nothing.
  private static func found<Found>(_ result: Result<Found, Diagnostic>) throws -> Found {
    switch result {
    case .success(let found): return found
    case .failure(let problem):
      Output.error(DiagnosticRenderer().render(problem))
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }
}
