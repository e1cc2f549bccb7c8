/// The machine-readable report (`--format json`), version 1; the README documents its shape.
public struct JSONReporter: Reporter {
  public static let identifier = "json"

  /// Creates the reporter.
  public init() {}

  public func render(_ results: [CheckResult]) -> String {
    let document = JSONValue.object([
      ("version", .int(1)),
      ("results", .array(results.map(result))),
    ])
    return document.rendered() + "\n"
  }

  private func result(_ result: CheckResult) -> JSONValue {
    let counts = result.counts
    return .object([
      ("snapshot", .string(result.file)),
      ("contract", .optional(result.contractID)),
      ("verdict", .string(result.isReady ? "ready" : "not_ready")),
      ("counts", .object(Severity.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) })),
      ("steps", .array((result.checklist?.steps ?? []).map(step))),
      ("errors", .array(result.errors.map(error))),
    ])
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
    .object([
      ("rule", .string(finding.rule)),
      ("severity", .string(finding.severity.rawValue)),
      ("title", .string(finding.title)),
      ("message", .string(finding.message)),
      ("next", .optional(finding.next)),
    ])
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
