import CEL

/// The batch as a SARIF 2.1.0 log (`--format sarif`), which code-scanning services (GitHub code
/// scanning, GitLab, Azure DevOps) and editors' SARIF viewers read: one run whose driver declares
/// every rule of the rule set, and one result per finding.
///
/// - Each rule is a `reportingDescriptor`: its id, a PascalCase `name` made from the id, its title
///   as the short description, its rationale (else its title) as the full description, its
///   severity as the default level (blocker → `error`, warning → `warning`, advice → `note`) and
///   its next step as written as `help`. A fired rule the rule set does not list is declared from
///   its finding.
/// - Each finding is a result with `ruleId` and `ruleIndex`, the rendered message and next step,
///   and a `physicalLocation` per place in the snapshot it points at (a relative path against
///   `%SRCROOT%`, its region the node's line and column, up to the end of the word when it points
///   at a word, its path as the location's message), or at line 1 of the snapshot file when it
///   points nowhere. A line of an NDJSON stream is that line of the stream; standard input has no
///   location.
/// - `partialFingerprints["closeoutFinding/v2"]` is the finding's `FindingFingerprint` (a hash of
///   the contract id, or the file without one, the rule id and the finding's places in the snapshot),
///   so a consumer follows a finding from one run to the next as a `--baseline` file does. With a
///   baseline, each finding's `baselineState` is `unchanged` when the baseline lists it, else `new`.
/// - A snapshot that could not be read is an `error` result of `closeout/snapshot`, a rule that
///   could not be evaluated one of `closeout/rule-error`, both declared among the rules, at the
///   problem's place (a rule file's, for a rule error) or else in the snapshot file. Rules that
///   cannot be loaded at all are a log of `closeout/rule-error` results and nothing else.
///
/// The results are kept until the end, when the document is written.
public struct SARIFReporter: Reporter {
  /// The id of the results for snapshots that could not be read.
  public static let snapshotRule = "closeout/snapshot"
  /// The id of the results for rules that could not be evaluated.
  public static let ruleErrorRule = "closeout/rule-error"
  /// The key of the fingerprint each result carries, versioned in case what it hashes changes.
  static let fingerprintKey = "closeoutFinding/v2"

  /// The rule descriptors declared so far: the rule set's, closeout's own two, then fired rules
  /// the rule set does not list.
  private var descriptors: [JSONValue] = []
  /// The position of each declared rule id in `descriptors`.
  private var ruleIndex: [String: Int] = [:]
  /// The results of the snapshots reported so far.
  private var results: [JSONValue] = []
  /// Whether the findings were compared with a baseline, so that each result has a `baselineState`.
  private let comparesToBaseline: Bool

  /// Creates the reporter; a rule that fires but is not in `rules` is still declared.
  public init(rules: [RuleSummary], comparesToBaseline: Bool = false) {
    self.comparesToBaseline = comparesToBaseline
    for rule in rules {
      declare(rule.id, Self.descriptor(rule))
    }
    declare(
      Self.snapshotRule,
      Self.descriptor(
        id: Self.snapshotRule, title: "Read the snapshot",
        description: "A snapshot that cannot be read or does not match the schema cannot be checked.",
        level: "error", help: "Fix the snapshot at the place the message names."))
    declare(
      Self.ruleErrorRule,
      Self.descriptor(
        id: Self.ruleErrorRule, title: "Evaluate the rules",
        description: "A rule that cannot be evaluated on a snapshot leaves the contract unjudged.",
        level: "error", help: "Guard the rule's expression against the snapshot's missing or odd fields."))
  }

  public static var format: ReportFormat { .sarif }

  /// The reporter of the rule set's rules.
  public init(options: ReportOptions) {
    self.init(rules: options.rules, comparesToBaseline: options.comparesToBaseline)
  }

  /// Nothing: the log is one JSON document, written at the end.
  public func opening() -> String { "" }

  /// Nothing yet: `result`'s findings and problems are kept for `closing`.
  public mutating func entry(_ result: CheckResult, index: Int) -> String {
    for step in result.checklist?.steps ?? [] {
      for finding in step.findings { results.append(self.result(finding, of: result)) }
    }
    let rule = result.checklist == nil ? Self.snapshotRule : Self.ruleErrorRule
    for diagnostic in result.errors { results.append(self.result(diagnostic, rule: rule, of: result)) }
    return ""
  }

  /// The whole log.
  public mutating func closing(_ tally: CheckTally) -> String {
    SARIFLog.document(SARIFLog.run(rules: descriptors, results: results))
  }

  /// The whole log when the rules (or the configuration) could not be loaded: a
  /// `closeout/rule-error` result per problem at its place, so that a pipeline still gets a log
  /// to upload.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    let results = diagnostics.map { diagnostic in
      let checked = CheckResult(file: diagnostic.location?.file ?? "-", errors: [diagnostic])
      return result(diagnostic, rule: Self.ruleErrorRule, of: checked)
    }
    return SARIFLog.document(SARIFLog.run(rules: descriptors, results: results))
  }

  /// The result of `finding`, at `location` in the snapshot when one is known (none is yet).
  mutating func result(_ finding: Finding, of checked: CheckResult) -> JSONValue {
    if ruleIndex[finding.rule] == nil {
      declare(
        finding.rule,
        Self.descriptor(
          id: finding.rule, title: finding.title, description: finding.title,
          level: Self.level(finding.severity),
          help: nil))
    }
    return SARIFLog.result(
      rule: (finding.rule, ruleIndex[finding.rule] ?? 0), level: Self.level(finding.severity),
      message: finding.message + (finding.next.map { " Next: " + $0 } ?? ""),
      locations: Self.places(of: finding, in: checked.file),
      extra: [
        Self.fingerprint(
          FindingFingerprint(finding, contract: checked.contractID ?? checked.file).description)
      ] + (finding.waiver.map { [Self.suppression($0)] } ?? [])
        + (comparesToBaseline ? [("baselineState", .string(finding.isInBaseline ? "unchanged" : "new"))] : [])
    )
  }

  /// A finding's locations: each place in the snapshot it points at, its region ending after the
  /// word when it points at one, its path as the location's message; else line 1 of the snapshot
  /// file. Nothing for standard input, which has no artifact to point to.
  static func places(of finding: Finding, in file: String) -> [JSONValue] {
    guard !finding.locations.isEmpty else { return snapshotLocation(file, line: 1).map { [$0] } ?? [] }
    return finding.locations.compactMap { place in
      guard place.location.file != "-" else { return nil }
      return SARIFLog.location(
        file: place.location.file, line: place.location.line, column: place.location.column,
        endColumn: place.word.map { place.location.column + $0.unicodeScalars.count },
        message: place.path)
    }
  }

  /// A waived finding's `suppressions`: accepted outside the code, with the waiver's reason, who
  /// accepted it and until when, so that consumers show it as suppressed rather than open.
  static func suppression(_ waiver: Finding.Waived) -> (String, JSONValue) {
    (
      "suppressions",
      .array([
        .object([
          ("kind", .string("external")), ("status", .string("accepted")),
          (
            "justification",
            .string("\(waiver.reason) (accepted by \(waiver.acceptedBy), until \(waiver.expires))")
          ),
        ])
      ])
    )
  }

  /// The result of a problem with the snapshot or with a rule, at its place or else in the
  /// snapshot file.
  func result(_ diagnostic: Diagnostic, rule: String, of checked: CheckResult) -> JSONValue {
    var error = diagnostic
    error.level = .error
    let place = diagnostic.location.map { [$0.description] } ?? []
    return SARIFLog.result(
      error, rule: (rule, ruleIndex[rule] ?? 0), fallback: Self.snapshotLocation(checked.file),
      extra: [
        Self.fingerprint(
          FindingFingerprint.hash([checked.contractID ?? checked.file, rule] + place + [diagnostic.message]))
      ])
  }

  private mutating func declare(_ id: String, _ descriptor: JSONValue) {
    guard ruleIndex[id] == nil else { return }
    ruleIndex[id] = descriptors.count
    descriptors.append(descriptor)
  }

  /// The location in the snapshot `file` (`NAME:LINE` for a line of an NDJSON stream); nil for
  /// standard input, which has no artifact to point to.
  static func snapshotLocation(_ file: String, line: Int? = nil, column: Int? = nil) -> JSONValue? {
    if let colon = file.lastIndex(of: ":"), let number = Int(file[file.index(after: colon)...]), number > 0 {
      let stream = String(file[..<colon])
      if stream == "-" { return nil }
      if stream.hasSuffix(".ndjson") { return SARIFLog.location(file: stream, line: number) }
    }
    guard file != "-" else { return nil }
    return SARIFLog.location(file: file, line: line, column: column)
  }

  /// `partialFingerprints` with the fingerprint `value`.
  static func fingerprint(_ value: String) -> (String, JSONValue) {
    ("partialFingerprints", .object([(fingerprintKey, .string(value))]))
  }

  /// The SARIF level of a severity.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .blocker: "error"
    case .warning: "warning"
    case .advice: "note"
    }
  }

  /// The descriptor of a rule of the rule set.
  static func descriptor(_ rule: RuleSummary) -> JSONValue {
    descriptor(
      id: rule.id, title: rule.title, description: rule.rationale ?? rule.title, level: level(rule.severity),
      help: rule.next)
  }

  static func descriptor(id: String, title: String, description: String, level: String, help: String?)
    -> JSONValue
  {
    var members: [(String, JSONValue)] = [
      ("id", .string(id)),
      ("name", .string(name(id))),
      ("shortDescription", .object([("text", .string(title))])),
      ("fullDescription", .object([("text", .string(description))])),
      ("defaultConfiguration", .object([("level", .string(level))])),
    ]
    if let help { members.append(("help", .object([("text", .string(help))]))) }
    return .object(members)
  }

  /// A rule's id as the PascalCase name SARIF recommends: `client-agreement` → `ClientAgreement`,
  /// `closeout/rule-error` → `CloseoutRuleError`.
  static func name(_ id: String) -> String {
    id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map {
      $0.prefix(1).uppercased() + $0.dropFirst()
    }
    .joined()
  }
}
