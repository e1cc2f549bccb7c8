import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout check`: checks snapshots and prints the checklist.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check contract snapshots against the rules and print the checklist.",
    discussion: """
      Exit status: 0 when nothing at or above --fail-on fired, 1 when something did, 2 on bad usage, \
      an unreadable snapshot, broken rules or a rule that could not be evaluated. A bad file in a batch \
      is reported and the other files are still checked. Waived findings, and with --baseline those \
      the baseline file lists, do not count.
      """
  )

  @Argument(
    help: """
      Snapshot files (YAML or JSON), directories (searched at any depth for *.yaml, *.yml, *.json and \
      *.ndjson) and NDJSON streams (*.ndjson: one JSON snapshot per line); '-' reads standard input.
      """)
  var files: [String]

  @Flag(help: "Read every file, and standard input, as NDJSON: one JSON snapshot per line.")
  var ndjson = false

  @Option(
    help: ArgumentHelp(
      "How many snapshots to check at once (default: the number of cores); results keep the input order.",
      valueName: "n"))
  var jobs: Int?

  @OptionGroup var rules: RuleOptions

  @Option(
    help: ArgumentHelp(
      "Output format, repeatable (each report comes from one check); default: the configuration's "
        + "'format', else text.",
      valueName: "format"))
  var format: [ReportFormat] = []

  @Option(
    help: ArgumentHelp(
      "Write the report of the --format before it to this file instead of standard output ('-' is "
        + "standard output); at most one report goes to standard output.",
      valueName: "file"))
  var output: [String] = []

  @Option(
    name: .customLong("fail-on"),
    help: """
      Exit 1 when a finding at or above this severity fired: blocker, warning, advice or never \
      (default: the configuration's 'fail_on', else blocker).
      """)
  var failOn: FailurePolicy?

  @Option(help: "Colours in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
  var color: ColorChoice = .auto

  @Flag(
    name: .customLong("no-validate"),
    help: "Do not validate snapshots against the rule set's snapshot schema before checking them.")
  var noValidate = false

  @Option(
    name: .customLong("explain"),
    help: ArgumentHelp(
      "Explain why this rule fired or not on each snapshot, instead of the checklist.", valueName: "rule"))
  var explainedRule: String?

  @Option(
    help: ArgumentHelp(
      "Accept findings listed in this YAML file (rule, contract, reason, accepted_by, expires): a waived "
        + "finding is shown as waived and does not count for --fail-on (default: the configuration's "
        + "'waivers').", valueName: "file"))
  var waivers: String?

  @OptionGroup var baseline: BaselineOptions

  @Flag(
    help: "After the report, print on standard error the time each rule took per snapshot, slowest first.")
  var timings = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("Name at least one snapshot file, or '-' for standard input.") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("Standard input ('-') can be read only once.")
    }
    // Which --output belongs to which --format is checked here, where a mistake shows check's usage.
    _ = try destinations(fallback: .text)
  }

  func run() throws {
    let resolved = try rules.resolve(reports: { configured in
      (try? self.destinations(fallback: configured ?? .text)) ?? []
    })
    let ruleSet = resolved.rules.effective
    let failOn = self.failOn ?? resolved.failOn
    let destinations = try destinations(fallback: resolved.format)
    if let explainedRule {
      try Explainer(ruleID: explainedRule, ruleSet: ruleSet, validates: !noValidate).run(files)
      return
    }
    var run = CheckRun(checker: SnapshotChecker(engine: Engine(ruleSet: ruleSet), validates: !noValidate))
    run.keepsSnapshots = timings
    if let waivers = waivers ?? resolved.waivers {
      run.waivers = try loadWaivers(waivers, reports: destinations)
    }
    let baseline = try self.baseline.resolved(configured: resolved.baseline)
    try baseline.prepare(&run, reports: destinations)
    run.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let display = ProgressDisplay.onTerminal { knownInputCount }
    if let display { run.progress = { display.update(count: $0) } }
    let handles = try destinations.map { try Output.handle(writingTo: $0.file) }
    var options = ReportOptions(
      colors: color.enabled(), sources: ruleSet.sources, rules: ruleSet.rules.map(RuleSummary.init))
    options.comparesToBaseline = run.baseline != nil
    let inputs = SnapshotInputs(arguments: files, ndjson: ndjson)
    let outcome = run.run(inputs, reporters: destinations.map { $0.format.reporter(options) }) {
      index, text in
      if display?.sharesTheTerminal == true, handles[index] === FileHandle.standardOutput {
        display?.finish()
      }
      Output.write(text, to: handles[index])
    }
    display?.finish()
    if timings { Output.error(TimingsReport(run.checker.engine.ruleTimings(on: outcome.snapshots)).text) }
    try baseline.finish(run, outcome)
    let status = ExitStatus(outcome, failOn: failOn)
    if status != .success { throw status.exitCode }
  }
}

extension Check {
  /// How many snapshots the run has, when the command line names only files: directories and
  /// streams are counted as they are read.
  private var knownInputCount: Int? {
    guard !ndjson else { return nil }
    for file in files where file != "-" {
      var isDirectory: ObjCBool = false
      if file.hasSuffix(".ndjson")
        || (FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory)
          && isDirectory.boolValue)
      {
        return nil
      }
    }
    return files.count
  }

  /// The waivers in `path`, or exit 2 after printing every problem in the file (and writing each
  /// report its format's description of them).
  private func loadWaivers(_ path: String, reports: [ReportDestinations.Destination]) throws -> WaiverSet {
    do {
      return WaiverSet(try WaiverLoader.load(path: path))
    } catch {
      ReportDestinations.writeRuleErrors(error.diagnostics, sources: error.sources, to: reports)
      throw ExitStatus.error.exitCode
    }
  }

  /// Each report's format and file, from the order of --format and --output on the command line.
  private func destinations(fallback: ReportFormat) throws -> [ReportDestinations.Destination] {
    try ReportDestinations(
      formats: format, outputs: output, commandLine: Array(CommandLine.arguments.dropFirst()),
      fallback: fallback
    ).destinations
  }
}

extension FailurePolicy: ExpressibleByArgument {}
