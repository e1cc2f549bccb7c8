import CEL

/// A team's `.closeout.yaml`: extra rule directories, rules turned off, severities changed and the
/// defaults of `closeout check`, every value located in the file.
public struct Configuration: Sendable {
  /// The file's name as shown in diagnostics (the path as found or as given).
  public var file: String
  /// The file's text, for quoting lines in diagnostics.
  public var source: String
  /// The rule directories, resolved against the configuration file's folder, in layering order.
  public var ruleDirectories: [Located<String>] = []
  /// Whether the listed directories replace the built-in rules instead of being added after them.
  public var replaceDefaultRules = false
  /// Ids of the rules turned off.
  public var disabled: [Located<String>] = []
  /// New severities, by rule id, in the order written.
  public var severities: [SeverityChange] = []
  /// The default of `check --fail-on`.
  public var failOn: Located<FailurePolicy>?
  /// The default of `check --format`.
  public var format: Located<ReportFormat>?
  /// The default of `check --waivers`: a waiver file, resolved against the configuration file's
  /// folder.
  public var waivers: Located<String>?
  /// The default of `check --baseline`, resolved against the configuration file's folder.
  public var baseline: Located<String>?
  /// The bounds of evaluating one rule or step on one snapshot, as `limits:` sets them (the
  /// defaults where it does not).
  public var limits = EvaluationLimits.default

  /// Creates an empty configuration for `file`.
  public init(file: String, source: String = "") {
    self.file = file
    self.source = source
  }

  /// One entry of `severity:`: a rule id and the severity it gets.
  public struct SeverityChange: Sendable {
    /// The rule's id, where it is written.
    public var rule: Located<String>
    /// The new severity, where it is written.
    public var severity: Located<Severity>
  }

  /// The keys of a configuration file, in documentation order.
  public enum Keys {
    /// Every top-level key.
    public static let all = [
      "rules", "replace_default_rules", "disable", "severity", "fail_on", "format", "waivers",
      "baseline", "limits",
    ]
    /// The keys of `limits:`, each a positive integer.
    public static let limits = ["cost", "string_bytes", "collection_size"]
  }
}

/// The report formats of `closeout check`, as `format:` in a configuration file names them.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// The checklist as text.
  case text
  /// The JSON document, version 2.
  case json
  /// The findings' deadlines as iCalendar events.
  case ics
  /// Each snapshot's result as one line of JSON.
  case ndjson
  /// GitHub Actions workflow commands, one annotation per finding.
  case github
  /// A TAP version 13 stream, one test point per snapshot.
  case tap
  /// JUnit XML: a test suite per snapshot, a test case per rule.
  case junit
  /// A Markdown summary table and the checklists of contracts not ready, for a pull request.
  case markdown
  /// Checkstyle XML: the findings of each snapshot file as its errors.
  case checkstyle
  /// A SARIF 2.1.0 log: the rules as the driver's, a result per finding, for code scanning.
  case sarif
  /// One self-contained HTML page: the tally, the rules that block most contracts, every checklist.
  case html
}
