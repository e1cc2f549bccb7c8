import ArgumentParser
import CloseoutKit
import Foundation

/// `closeout rules doc`: generates the rule catalogue from the rule files and their tests.
struct RulesDoc: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doc",
    abstract: "Generate a catalogue of the rules of DIR: steps, rules, conditions, messages and test cases.",
    discussion: """
      The rule directories are chosen as check chooses them, .closeout.yaml included; the rules are \
      documented as their files write them ('disable' and 'severity' are not applied). Exit status: 0 when the catalogue was written, 2 when the rules or their tests have a problem \
      or the output cannot be written.
      """
  )

  @OptionGroup var rules: RuleDirectories

  @Option(help: "Output format: markdown or html.")
  var format: CatalogueFormat = .markdown

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func run() throws {
    let resolved = try rules.resolve()
    let ruleSet = resolved.rules.loaded
    let suite = rules.loadTests(of: resolved, ruleSet: ruleSet, required: false)
    guard suite.diagnostics.isEmpty else { throw ExitCode(ExitStatus.error.rawValue) }
    let catalogue = RuleCatalogue(
      ruleSet: ruleSet, cases: suite.cases, directories: resolved.selection.directories,
      basePath: FileManager.default.currentDirectoryPath)
    let text = format.render(catalogue, output: output)
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
      FileHandle.standardError.write(
        Data("error: cannot write '\(output)': \(error.localizedDescription)\n".utf8))
      throw ExitCode(ExitStatus.error.rawValue)
    }
  }
}

extension CatalogueFormat: ExpressibleByArgument {}
