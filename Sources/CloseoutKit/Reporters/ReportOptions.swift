import Foundation

/// What the reporters of `check` may need beyond the results: one value, so that every reporter
/// is made the same way from its format.
public struct ReportOptions: Sendable {
  /// Whether text is coloured.
  public var colors: Bool
  /// The text of the rule files, by name, for quoting them in diagnostics.
  public var sources: [String: String]
  /// When the report is made (a calendar's `DTSTAMP`).
  public var generated: Date
  /// The rule set's rules in declaration order, for formats that list every rule, fired or not
  /// (JUnit's test cases, SARIF's rule descriptors).
  public var rules: [RuleSummary]
  /// Whether the findings were compared with a baseline (`--baseline`), so that a format that says
  /// which are new (SARIF's `baselineState`) says it.
  public var comparesToBaseline = false

  /// Options for one report.
  public init(
    colors: Bool = false, sources: [String: String] = [:], generated: Date = Date(), rules: [RuleSummary] = []
  ) {
    self.colors = colors
    self.sources = sources
    self.generated = generated
    self.rules = rules
  }
}

extension ReportFormat {
  /// The reporter that writes the format: the registry of `check`'s formats, keyed by the name
  /// `--format` takes.
  public var reporterType: any Reporter.Type {
    switch self {
    case .text: TextReporter.self
    case .json: JSONReporter.self
    case .ics: ICSReporter.self
    case .ndjson: NDJSONReporter.self
    case .github: GitHubReporter.self
    case .tap: TAPReporter.self
    case .junit: JUnitReporter.self
    case .markdown: MarkdownReporter.self
    case .checkstyle: CheckstyleReporter.self
    case .sarif: SARIFReporter.self
    case .html: HTMLReporter.self
    }
  }

  /// A reporter of the format, set up with `options`.
  public func reporter(_ options: ReportOptions) -> any Reporter {
    reporterType.init(options: options)
  }
}
