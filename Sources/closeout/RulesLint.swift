import ArgumentParser
import CloseoutKit

/// `closeout rules lint`: reports every problem in rule files.
struct RulesLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Report every problem in rule files, with file:line:column, the source line and a hint.",
    discussion: """
      Paths are rule directories (their *.yaml files) or single rule files, layered in the order \
      given. The rule set is chosen as check chooses it, .closeout.yaml included: every rule is \
      linted (disabled ones too), costs are estimated against the configuration's limits, and its \
      problems are reported with the rules'. Exit status: 0 clean (warnings allowed), 1 warnings \
      with --strict, 2 errors.
      """
  )

  @OptionGroup var rules: RuleDirectories

  @Option(help: "Output format: text, json or sarif.")
  var format: LintFormat = .text

  @Flag(help: "Exit 1 when there are warnings.")
  var strict = false

  func run() throws {
    let report: LintReport
    do {
      let configuration = try rules.options.loadConfiguration()
      report = RuleLinter.lint(rules.selection(configuration: configuration), configuration: configuration)
    } catch {
      report = LintReport(diagnostics: error.diagnostics, sources: error.sources)
    }
    switch format {
    case .text: Output.write(report.text())
    case .json: Output.write(report.json())
    case .sarif: Output.write(SARIFLog.render(report.diagnostics))
    }
    if report.hasErrors { throw ExitCode(ExitStatus.error.rawValue) }
    if strict, report.hasWarnings { throw ExitCode(ExitStatus.findings.rawValue) }
  }
}

/// The output formats of `closeout rules lint`.
enum LintFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case sarif
}
