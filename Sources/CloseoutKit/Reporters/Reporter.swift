/// Turns check results into text for one output format, one result at a time, so that a batch can
/// be written as it is checked. A streaming format writes each result's text as it comes; a batch
/// format (a document that holds every result) may keep a small summary of each in its state and
/// write it all at the end.
public protocol Reporter: Sendable {
  /// The format it writes, whose name `--format` takes: `ReportFormat.reporterType` finds the
  /// reporter of each.
  static var format: ReportFormat { get }
  /// A reporter set up with what every format may need.
  init(options: ReportOptions)
  /// The text before the first result.
  func opening() -> String
  /// The text of one result; `index` counts the results before it.
  mutating func entry(_ result: CheckResult, index: Int) -> String
  /// The text after the last result, given what the batch held.
  mutating func closing(_ tally: CheckTally) -> String
  /// The whole output when the rules (or the configuration, or the waivers) could not be loaded:
  /// a well-formed document of the format that describes every problem, in place of a report, so
  /// that a pipeline still gets something to read. The problems are also printed on standard error.
  func ruleErrors(_ diagnostics: [Diagnostic]) -> String
}

extension Reporter {
  /// The whole output for a batch of results: its opening, entries and closing, as a stream of
  /// them would write it.
  public func render(_ results: [CheckResult]) -> String {
    var reporter = self
    var text = reporter.opening()
    var tally = CheckTally()
    for (index, result) in results.enumerated() {
      text += reporter.entry(result, index: index)
      tally.add(result)
    }
    return text + reporter.closing(tally)
  }
}
