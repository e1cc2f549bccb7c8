import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout rules test`: runs the rule tests written next to the rules.
struct RulesTest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run the rule tests in DIR/tests/*.yaml against the rule set of DIR.",
    discussion: """
      The rule set is chosen and configured as check does it, .closeout.yaml included: changed \
      severities and limits apply, disabled rules never fire, and a case naming a disabled rule is \
      an error (--no-config tests the rules as written). Exit status: 0 when every case passed, 1 when a case failed or coverage is below \
      --min-coverage, 2 when a test file, a snapshot it names or the rules have a problem.
      """
  )

  @OptionGroup var rules: RuleDirectories

  @Flag(help: "List the rules that no case makes fire and the rules that no case keeps silent.")
  var coverage = false

  @Option(
    name: .customLong("min-coverage"),
    help: ArgumentHelp(
      "Exit 1 when fewer than this share of rules have both a firing and a silent case.",
      valueName: "percent"))
  var minCoverage: Double?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Colours in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  func validate() throws {
    if let minCoverage, !(0...100).contains(minCoverage) {
      throw ValidationError("--min-coverage must be a percentage from 0 to 100.")
    }
  }

  func run() throws {
    let resolved = try rules.resolve()
    let ruleSet = resolved.rules.effective
    let suite = rules.loadTests(
      of: resolved, ruleSet: ruleSet, disabled: resolved.rules.configuration?.disabled ?? [], required: true)
    let results = RuleTestRunner(ruleSet: ruleSet).run(suite.cases)
    let coverage =
      self.coverage || minCoverage != nil ? RuleCoverage(ruleSet: ruleSet, cases: suite.cases) : nil
    let output: String
    switch format {
    case .text:
      output = RuleTestTextReporter(style: TextStyle(colors: color.enabled())).render(
        results, coverage: coverage)
    case .json:
      output = RuleTestJSONReporter().render(results, suite: suite, coverage: coverage)
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    let status = ExitStatus(
      RuleTestOutcome(suite: suite, results: results, coverage: coverage, minimumCoverage: minCoverage))
    if let minCoverage, let coverage, coverage.percent < minCoverage {
      let message =
        "coverage \(RuleTestTextReporter.percent(coverage.percent)) is below --min-coverage "
        + "\(RuleTestTextReporter.percent(minCoverage))\n"
      FileHandle.standardError.write(Data(message.utf8))
    }
    if status != .success { throw ExitCode(status.rawValue) }
  }
}
