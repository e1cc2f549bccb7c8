import ArgumentParser
import CloseoutKit
import Foundation

/// `--rules DIR`, `--add-rules DIR`, `--config FILE` and `--no-config`, shared by every subcommand
/// that needs a rule set.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "A rule directory; repeat to layer directories (later ones add rules and override by id).",
      discussion: """
        Without --rules, the built-in rules are used, followed by the configuration's rule directories. \
        --rules replaces both.
        """,
      valueName: "dir"))
  var directories: [String] = []

  @Option(
    name: .customLong("add-rules"),
    help: ArgumentHelp(
      "A rule directory layered over the others (the built-in rules, the configuration's, or --rules); repeat to add more.",
      discussion: """
        Its rules are added; a rule, step or list with an id already loaded is replaced, and 'patch:' or \
        'add:'/'remove:' change one in place.
        """,
      valueName: "dir"))
  var addedDirectories: [String] = []

  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "A configuration file to use instead of the nearest .closeout.yaml in this directory or above.",
      valueName: "file"))
  var configFile: String?

  @Flag(name: .customLong("no-config"), help: "Ignore .closeout.yaml files.")
  var noConfig = false

  /// Where a command writes its description of rules that cannot be loaded: each report's format
  /// and file, given the configuration's `format` (nil when there is none or it could not be read).
  typealias RuleErrorReports = (_ configured: ReportFormat?) -> [ReportDestinations.Destination]

  /// The rule set after configuration, where it came from and the configuration's defaults.
  struct Resolved {
    /// The rule set as loaded and as configured.
    var rules: ConfiguredRuleSet
    /// The layers it was loaded from.
    var selection: RuleSelection

    /// The configuration's `format`, else text.
    var format: ReportFormat { rules.configuration?.format?.value ?? .text }

    /// The configuration's `fail_on`, else blocker.
    var failOn: FailurePolicy { rules.configuration?.failOn?.value ?? .blocker }

    /// The configuration's `waivers` file, resolved against its folder, if it names one.
    var waivers: String? { rules.configuration?.waivers?.value }
    /// The configuration's `baseline` file, resolved against its folder, if it names one.
    var baseline: String? { rules.configuration?.baseline?.value }
  }

  func validate() throws {
    if configFile != nil, noConfig {
      throw ValidationError("--config and --no-config cannot be used together.")
    }
  }

  /// The configuration in effect: `--config FILE`, else the nearest `.closeout.yaml`, none with
  /// `--no-config`; exits with status 2 after printing every problem in it (and writing them to
  /// `reports`).
  func configuration(reports: [ReportDestinations.Destination] = []) throws -> Configuration? {
    do {
      return try loadConfiguration()
    } catch {
      throw Self.fail(error.diagnostics, sources: error.sources, reports: reports)
    }
  }

  /// The configuration in effect, or every problem in it.
  func loadConfiguration() throws(FileLoadError) -> Configuration? {
    if noConfig { return nil }
    guard
      let path = configFile ?? ConfigurationLoader.discover(from: FileManager.default.currentDirectoryPath)
    else { return nil }
    return try ConfigurationLoader.load(path: path)
  }

  /// The layers to load: `paths` (a command's directory arguments) and `--rules` replace the
  /// built-in rules and the configuration's directories, `--add-rules` come last; when no
  /// directory is named anywhere, `fallback` alone, without the built-in rules (the `rules`
  /// directory that `rules lint`, `rules test` and `rules doc` work on by default).
  func selection(configuration: Configuration?, paths: [String] = [], fallback: [String] = [])
    -> RuleSelection
  {
    let selection = RuleSelection(
      commandLine: paths + directories, adding: addedDirectories, configuration: configuration)
    if selection.includesDefaultRules, selection.directories.isEmpty, !fallback.isEmpty {
      return RuleSelection(includesDefaultRules: false, directories: fallback)
    }
    return selection
  }

  /// The rule set after configuration, or exits with status 2 after printing every problem in the
  /// configuration or the rule files (and, when `requiringRules`, a rule set without rules); each
  /// of `reports` also gets its format's description of them (`Reporter.ruleErrors`). `paths` and
  /// `fallback` choose the layers as `selection` does.
  func resolve(
    reports: RuleErrorReports = { _ in [] }, requiringRules: Bool = true, paths: [String] = [],
    fallback: [String] = []
  ) throws -> Resolved {
    let configuration = try configuration(reports: reports(nil))
    let destinations = reports(configuration?.format?.value)
    let selection = selection(configuration: configuration, paths: paths, fallback: fallback)
    let ruleSet: RuleSet
    do {
      ruleSet = try selection.load(requiringRules: requiringRules)
    } catch {
      throw Self.fail(error.diagnostics, sources: error.sources, reports: destinations)
    }
    let rules: ConfiguredRuleSet
    if let configuration {
      do {
        rules = try configuration.apply(to: ruleSet)
      } catch {
        throw Self.fail(error.diagnostics, sources: error.sources, reports: destinations)
      }
    } else {
      rules = ConfiguredRuleSet(unconfigured: ruleSet)
    }
    if let configuration, !rules.warnings.isEmpty {
      // The warnings are about the configuration's `disable`, so its text is what they quote.
      let renderer = DiagnosticRenderer(sources: [configuration.file: configuration.source])
      Output.error(renderer.render(rules.warnings).joined(separator: "\n"))
    }
    if requiringRules, rules.effective.rules.isEmpty {
      throw Self.fail(
        [
          Diagnostic(
            at: nil, "'disable' turns off every rule: every snapshot would pass its check",
            hint: "remove some ids from 'disable' in \(configuration?.file ?? ".closeout.yaml")")
        ], sources: [:], reports: destinations)
    }
    // A rule that may cost more than the limit on a snapshot within the schema is not run.
    let costProblems = rules.costProblems(selected: selection)
    guard costProblems.isEmpty else {
      throw Self.fail(costProblems, sources: rules.effective.sources, reports: destinations)
    }
    return Resolved(rules: rules, selection: selection)
  }

  /// The rule set to work with: disabled rules left out, changed severities applied.
  func load(requiringRules: Bool = true) throws -> RuleSet {
    try resolve(requiringRules: requiringRules).rules.effective
  }

  /// Prints `diagnostics` like a compiler, writes each of `reports` its format's description of
  /// them, and returns the exit code for broken input.
  static func fail(
    _ diagnostics: [Diagnostic], sources: [String: String], reports: [ReportDestinations.Destination]
  )
    -> ExitCode
  {
    ReportDestinations.writeRuleErrors(diagnostics, sources: sources, to: reports)
    return ExitCode(ExitStatus.error.rawValue)
  }
}
