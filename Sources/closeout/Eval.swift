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
      """
  )

  @Argument(help: "The CEL expression.")
  var expression: String

  @Option(help: "The snapshot the expression sees (YAML or JSON; '-' reads standard input).")
  var snapshot: String?

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text (a CEL literal) or json (typed JSON).")
  var format: OutputFormat = .text

  func run() throws {
    let ruleSet = try rules.load(requiringRules: false)
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
    switch ExpressionEvaluator(ruleSet: ruleSet).evaluate(expression, on: loaded) {
    case .success(let value):
      Output.write(
        format == .json ? TypedValueJSON.render(value) : TerminalText.sanitized(value.debugText) + "\n")
    case .failure(let diagnostic):
      let renderer = DiagnosticRenderer(sources: [ExpressionEvaluator.sourceName: expression])
      Output.error(renderer.render(diagnostic))
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }
}
