/// Newline-delimited JSON (`--format ndjson`): each snapshot's result on a line of its own, as soon
/// as it is checked, so that a pipeline (`jq`, a log shipper) can read a long batch line by line.
///
/// Each line is the same object as one element of the JSON format's `results`, written by the JSON
/// reporter on one line; line breaks in text are escaped (`\n`, and `\u2028`/`\u2029`, which some
/// readers take as line ends), so a line is always one whole result. There is no opening, closing
/// or summary line: every line is a result, and the exit status tells how the batch came out. When
/// the rules cannot be loaded, the one line is the JSON format's `rule_errors` document.
public struct NDJSONReporter: Reporter {
  /// Encodes each result, as the JSON format does.
  private let json = JSONReporter()

  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .ndjson }

  /// The reporter; NDJSON needs no options.
  public init(options: ReportOptions) { self.init() }

  /// Nothing: the first line is the first result.
  public func opening() -> String { "" }

  /// The result as one line of JSON, and its line feed.
  public func entry(_ result: CheckResult, index: Int) -> String {
    json.value(of: result).line() + "\n"
  }

  /// Nothing: no summary line, so that every line is a result.
  public func closing(_ tally: CheckTally) -> String { "" }

  /// One line when the rules could not be loaded: the JSON format's document of the problems
  /// (`rule_errors`, no results), on one line.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    json.ruleErrorsValue(diagnostics).line() + "\n"
  }
}
