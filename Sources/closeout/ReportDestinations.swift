import ArgumentParser
import CloseoutKit
import Foundation

/// Where each report of `check` goes: each `--format` with the `--output FILE` that follows it, or
/// standard output for the one format that has none.
///
/// The argument parser gives the values of each option in order but not how the two options
/// interleave, so the order is read from the command line itself: `--format a --output x --format b`
/// writes `a` to `x` and `b` to standard output.
struct ReportDestinations {
  /// A format and its file; nil is standard output.
  struct Destination {
    var format: ReportFormat
    var file: String?
  }

  /// The destinations, in the order the formats were given.
  var destinations: [Destination]

  /// Pairs `formats` and `outputs` (as parsed) by their order in `commandLine` (the words after the
  /// program name); with no `--format`, `fallback` (the configuration's, else text) goes to the one
  /// `--output` or to standard output.
  init(formats: [ReportFormat], outputs: [String], commandLine: [String], fallback: ReportFormat) throws {
    let order = Self.optionOrder(in: commandLine)
    guard order.filter({ $0 == "--format" }).count == formats.count,
      order.filter({ $0 == "--output" }).count == outputs.count
    else { throw ValidationError("Cannot tell which --output belongs to which --format.") }
    if formats.isEmpty {
      guard outputs.count <= 1 else { throw ValidationError("Give a --format before each extra --output.") }
      destinations = [Destination(format: fallback, file: outputs.first)]
      return
    }
    destinations = []
    var nextFormat = 0
    var nextOutput = 0
    for option in order {
      if option == "--format" {
        destinations.append(Destination(format: formats[nextFormat], file: nil))
        nextFormat += 1
      } else {
        guard let last = destinations.indices.last, destinations[last].file == nil else {
          throw ValidationError(
            "--output \(outputs[nextOutput]) must follow the --format it writes (each --format takes at most one --output)."
          )
        }
        destinations[last].file = outputs[nextOutput]
        nextOutput += 1
      }
    }
    if destinations.filter({ $0.file == nil || $0.file == "-" }).count > 1 {
      throw ValidationError(
        "At most one --format can go to standard output; give the others an --output FILE after them.")
    }
    let files = destinations.compactMap(\.file).filter { $0 != "-" }
    if Set(files).count < files.count {
      throw ValidationError("Two reports cannot go to the same --output file.")
    }
  }

  /// Prints `diagnostics` of rules (or a configuration, or waivers) that cannot be loaded on
  /// standard error like a compiler, quoting `sources`, and writes each of `destinations` its
  /// format's description of them (`Reporter.ruleErrors`); a file that cannot be written is said
  /// on standard error and skipped.
  static func writeRuleErrors(
    _ diagnostics: [Diagnostic], sources: [String: String], to destinations: [Destination]
  ) {
    Output.error(DiagnosticRenderer(sources: sources).render(diagnostics).joined(separator: "\n"))
    for destination in destinations {
      guard let handle = try? Output.handle(writingTo: destination.file) else { continue }
      let reporter = destination.format.reporter(ReportOptions(sources: sources))
      Output.write(reporter.ruleErrors(diagnostics), to: handle)
    }
  }

  /// The `--format` and `--output` options of `commandLine` in the order given, before any `--`.
  private static func optionOrder(in commandLine: [String]) -> [String] {
    var order: [String] = []
    var skipNext = false
    for word in commandLine {
      if skipNext {
        skipNext = false
        continue
      }
      if word == "--" { break }
      for option in ["--format", "--output"] {
        if word == option {
          order.append(option)
          skipNext = true
        } else if word.hasPrefix(option + "=") {
          order.append(option)
        }
      }
    }
    return order
  }
}
