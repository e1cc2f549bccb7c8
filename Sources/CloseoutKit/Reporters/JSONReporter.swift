/// The machine-readable report (`--format json`), version 2; the README documents its shape.
public struct JSONReporter: Reporter {
  /// Creates the reporter.
  public init() {}

  public static var format: ReportFormat { .json }

  /// The reporter; JSON needs no options.
  public init(options: ReportOptions) { self.init() }

  /// The document up to the opening bracket of its `results` array.
  public func opening() -> String { "{\n  \"version\": 2,\n  \"results\": [" }

  /// One element of `results`, after a comma unless it is the first.
  public func entry(_ result: CheckResult, index: Int) -> String {
    var bytes = Array((index == 0 ? "\n    " : ",\n    ").utf8)
    value(of: result).write(to: &bytes, indent: 4)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The end of the `results` array and of the document; with a baseline, then how many of its
  /// findings no longer fire (`"baseline": {"fixed": N}`).
  public func closing(_ tally: CheckTally) -> String {
    let end = tally.count == 0 ? "]" : "\n  ]"
    guard let fixed = tally.baselineFixed else { return end + "\n}\n" }
    return end + ",\n  \"baseline\": {\n    \"fixed\": \(fixed)\n  }\n}\n"
  }

  /// The whole document when the rules (or the configuration) could not be loaded: no results,
  /// and `rule_errors` with every problem located, so that a pipeline still gets JSON to parse.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    ruleErrorsValue(diagnostics).rendered() + "\n"
  }

  /// The document of `ruleErrors`: the NDJSON format writes the same value on one line.
  func ruleErrorsValue(_ diagnostics: [Diagnostic]) -> JSONValue {
    .object([
      ("version", .int(2)),
      ("results", .array([])),
      ("rule_errors", .array(diagnostics.map(error))),
    ])
  }

  /// One result as an element of `results`: the NDJSON format writes the same value on one line.
  func value(of result: CheckResult) -> JSONValue {
    let counts = result.counts
    var fields: [(String, JSONValue)] = [
      ("snapshot", .string(result.file)),
      ("contract", .optional(result.contractID)),
      ("contract_status", .optional(result.contractStatus)),
      ("verdict", .string(result.isReady ? "ready" : "not_ready")),
      ("summary", .string(result.verdict)),
      ("next", result.checklist?.next.map(nextAction) ?? .null),
      ("counts", .object(Severity.allCases.map { ($0.rawValue, .int(counts[$0])) })),
      ("steps", .array((result.checklist?.steps ?? []).map(step))),
      ("errors", .array(result.errors.map(error))),
    ]
    // Present only when waivers are in play, so that reports without them keep their shape.
    if let waived = result.checklist?.waivedCount, waived > 0 { fields.append(("waived", .int(waived))) }
    if !result.warnings.isEmpty { fields.append(("warnings", .array(result.warnings.map(error)))) }
    return .object(fields)
  }

  private func nextAction(_ next: Checklist.NextAction) -> JSONValue {
    .object([("step", .string(next.step)), ("action", .string(next.action))])
  }

  private func step(_ step: Checklist.StepResult) -> JSONValue {
    .object([
      ("id", .string(step.id)),
      ("title", .string(step.title)),
      ("status", .string(step.status.rawValue)),
      ("findings", .array(step.findings.map(finding))),
    ])
  }

  private func finding(_ finding: Finding) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("rule", .string(finding.rule)),
      ("severity", .string(finding.severity.rawValue)),
      ("title", .string(finding.title)),
      ("message", .string(finding.message)),
      ("next", .optional(finding.next)),
      ("due", .optional(finding.due)),
      ("locations", .array(finding.locations.map(location))),
    ]
    if finding.isInBaseline { fields.append(("baseline", .bool(true))) }
    if let waiver = finding.waiver {
      fields.append(
        (
          "waived",
          .object([
            ("reason", .string(waiver.reason)),
            ("accepted_by", .string(waiver.acceptedBy)),
            ("expires", .string(waiver.expires)),
          ])
        ))
    }
    return .object(fields)
  }

  /// Where a finding points in the snapshot: the node's path, its file, line and column, and the
  /// word when it points inside a text.
  private func location(_ place: SnapshotLocation) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("path", .string(place.path)),
      ("file", .string(place.location.file)),
      ("line", .int(place.location.line)),
      ("column", .int(place.location.column)),
    ]
    if let word = place.word { fields.append(("word", .string(word))) }
    return .object(fields)
  }

  private func error(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      ("file", .optional(diagnostic.location?.file)),
      ("line", diagnostic.location.map { .int($0.line) } ?? .null),
      ("column", diagnostic.location.map { .int($0.column) } ?? .null),
      ("message", .string(diagnostic.message)),
    ])
  }
}
