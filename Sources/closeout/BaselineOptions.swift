import ArgumentParser
import CloseoutKit
import Foundation

/// `--baseline FILE` and `--update-baseline` of `check`: compare the findings with those of an
/// earlier run, so that a pipeline fails only on new ones.
struct BaselineOptions: ParsableArguments {
  @Option(
    name: .customLong("baseline"),
    help: ArgumentHelp(
      "Findings known before: those listed in this file are shown as '(in baseline)' and do not count "
        + "for --fail-on; when the file does not exist, the run's findings are written to it.",
      valueName: "file"))
  var file: String?

  @Flag(
    name: .customLong("update-baseline"),
    help: "Write the run's findings to the --baseline file, replacing it, instead of comparing with it.")
  var update = false

  /// These options with `configured` (the configuration's `baseline`) as the file when
  /// `--baseline` names none; `--update-baseline` needs a file from one or the other.
  func resolved(configured: String?) throws -> BaselineOptions {
    var options = self
    options.file = file ?? configured
    if update, options.file == nil {
      throw ValidationError("--update-baseline needs --baseline FILE (or 'baseline' in .closeout.yaml).")
    }
    return options
  }

  /// Whether the run writes the baseline file rather than comparing with it.
  private var writes: Bool {
    guard let file else { return false }
    return update || !FileManager.default.fileExists(atPath: file)
  }

  /// Sets `run` up to compare with the baseline file, or to gather its findings for writing one.
  /// A baseline file that cannot be read ends the command with status 2 after printing every
  /// problem in it, located, and each of `reports` its format's description of them.
  func prepare(_ run: inout CheckRun, reports: [ReportDestinations.Destination]) throws {
    guard let file else { return }
    if writes {
      run.gathersFindings = true
      return
    }
    do {
      run.baseline = try BaselineFile.load(path: file)
    } catch {
      throw RuleOptions.fail(error.diagnostics, sources: error.sources, reports: reports)
    }
  }

  /// After the run: writes the baseline file, unless an input could not be checked (its findings
  /// would be missing), or says on standard error how many of the baseline's findings are fixed.
  func finish(_ run: CheckRun, _ outcome: CheckOutcome) throws {
    guard let file else { return }
    if run.baseline != nil {
      if let fixed = outcome.tally.baselineFixed, fixed > 0 {
        Output.error(
          "closeout: \(fixed) \(fixed == 1 ? "finding" : "findings") of the baseline '\(file)' no longer "
            + "\(fixed == 1 ? "fires" : "fire") (fixed); --update-baseline removes them from it")
      }
      return
    }
    guard outcome.isClean else {
      Output.error("closeout: the baseline '\(file)' was not written: some inputs could not be checked")
      return
    }
    let baseline = outcome.baseline()
    guard FileManager.default.createFile(atPath: file, contents: Data(BaselineFile.document(baseline).utf8))
    else {
      Output.error("error: cannot write the baseline to '\(file)'")
      throw ExitStatus.error.exitCode
    }
    let count = baseline.entries.count
    Output.error("closeout: wrote \(count) \(count == 1 ? "finding" : "findings") to the baseline '\(file)'")
  }
}
