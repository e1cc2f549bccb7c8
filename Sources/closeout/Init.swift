import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout init`: writes a commented snapshot to fill in, for a contract with no export.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a commented snapshot to fill in, for a contract you have no export of.",
    discussion: """
      The snapshot has every field of the rule set's snapshot schema, each under a comment saying \
      what it means, with the values of an example contract that is still active and as_of set to \
      now: 'closeout check' accepts it as it is. Replace the values with your contract's, then run \
      'closeout check FILE'.

      With --interactive, asks about a dozen questions first (the contract, the client, whether you \
      told them you want to end and they agreed, tasks, milestones or hours, disputes, the end \
      reason, feedback), each with its default in brackets, and writes the answers in. Questions \
      go to standard error; answers are read from standard input, a line each, also when it is not \
      a terminal. An answer that is not allowed is asked again, with the allowed values.

      Exit status: 0 when the snapshot was written; 2 when FILE exists (without --force) or \
      cannot be written, when the input ends before the last answer, or on bad usage or broken rules.

      Example: closeout init --interactive contract.yaml && closeout check contract.yaml
      """
  )

  @Argument(help: "Where to write the snapshot (default: standard output, also for '-').")
  var file: String?

  @Flag(help: "Overwrite FILE if it exists.")
  var force = false

  @Flag(help: "Ask about the contract and write the answers into the snapshot.")
  var interactive = false

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let path = file == "-" ? nil : file
    // Refused before any question is asked.
    if let path, !force, FileManager.default.fileExists(atPath: path) { throw refusal(path) }
    let ruleSet = try rules.load(requiringRules: false)
    let template =
      interactive
      ? try interview(ruleSet)
      : SnapshotTemplate(TemplateAnswers(asOf: .currentSecond), schema: ruleSet.validationSchema)
    guard let path else { return Output.write(template.text) }
    do {
      try Data(template.text.utf8).write(
        to: URL(fileURLWithPath: path), options: force ? .atomic : .withoutOverwriting)
    } catch CocoaError.fileWriteFileExists {
      throw refusal(path)
    } catch {
      Output.error("error: cannot write '\(path)': \(error.localizedDescription)")
      throw ExitCode(ExitStatus.error.rawValue)
    }
    Output.error("Wrote \(path). Fill it in, then run: closeout check \(path)")
  }

  /// The template of the answers read from standard input, the questions written to standard
  /// error; exits with status 2 when the input ends first.
  private func interview(_ ruleSet: RuleSet) throws -> SnapshotTemplate {
    var interview = SnapshotInterview(
      asOf: .currentSecond, schema: ruleSet.validationSchema,
      endReasons: ruleSet.lists["end_reasons"]?.allWords)
    // Piped answers are echoed after their question, so that the questions read as a transcript.
    let echoes = isatty(STDIN_FILENO) != 1
    let write = { (text: String) in FileHandle.standardError.write(Data(text.utf8)) }
    let read = { () -> String? in
      let line = readLine()
      if echoes { write((line ?? "") + "\n") }
      return line
    }
    do {
      return try interview.conduct(read: read, write: write)
    } catch {
      Output.error("error: " + error.message)
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }

  /// Reports that `path` exists and returns the exit code for it.
  private func refusal(_ path: String) -> ExitCode {
    Output.error("error: '\(path)' already exists; use --force to overwrite it")
    return ExitCode(ExitStatus.error.rawValue)
  }
}
