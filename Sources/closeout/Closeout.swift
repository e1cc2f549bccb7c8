import ArgumentParser
import CloseoutKit
import Foundation

/// The `closeout` command: checks a freelance contract before it is ended.
@main
struct Closeout: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "closeout",
    abstract: "Check a freelance contract before you end it, and get an ordered checklist.",
    discussion: """
      Closeout reads a contract snapshot (YAML or JSON), checks it against a rule set written in \
      YAML with CEL conditions, and prints what is wrong and what to do next, step by step.

      Exit status: 0 success, 1 findings at or above --fail-on, 2 bad usage, unreadable input, \
      broken rules or a rule that could not be evaluated.
      """,
    version: "0.1.0",
    subcommands: [Check.self, Init.self, Explain.self, Eval.self, Rules.self]
  )

  /// Runs the command; usage errors exit with status 2 (not argument-parser's 64), as documented.
  static func main() {
    do {
      let commandLine = FileNameRuns(Array(CommandLine.arguments.dropFirst()))
      var command = try parseAsRoot(commandLine.arguments)
      if var check = command as? Check {
        check.files = commandLine.expanded(check.files)
        command = check
      }
      try command.run()
    } catch let code as ExitCode {
      // A command's own exit status, its output already written: argument-parser's `exit(withError:)`
      // would first build a help text to find there is no message to print.
      Foundation.exit(code.rawValue)
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitStatus.error.rawValue)
      }
      exit(withError: error)
    }
  }
}
