/// The findings of one check in rule order, each with its step number, in arrays that a
/// `CheckContext` keeps from check to check, so that their room is allocated once.
///
/// A class because the context keeps it between checks; only its context's checks use it, one at
/// a time.
final class FiredFindings {
  /// The findings appended since the last `removeAll()`, nil once taken.
  private var findings: [Finding?] = []
  /// The step number of each finding.
  private var steps: [Int] = []
  /// The severity of each finding, read apart from it: reading it from an optional finding in the
  /// array would copy the whole finding.
  private var severities: [Severity] = []

  /// Room for `capacity` findings, grown when a check fires more.
  init(capacity: Int) {
    findings.reserveCapacity(capacity)
    steps.reserveCapacity(capacity)
    severities.reserveCapacity(capacity)
  }

  /// Adds the finding of the next fired rule, whose step number is `step`.
  func append(_ finding: consuming Finding, step: Int) {
    severities.append(finding.severity)
    findings.append(finding)
    steps.append(step)
  }

  /// Takes the findings of step `step`, most severe first and in rule order within a severity.
  func take(step: Int) -> [Finding] {
    let count = steps.count { $0 == step }
    guard count > 0 else { return [] }
    var taken: [Finding] = []
    taken.reserveCapacity(count)
    for severity in Severity.allCases {
      for index in steps.indices where steps[index] == step && severities[index] == severity {
        if let finding = findings[index].take() { taken.append(finding) }
      }
    }
    return taken
  }

  /// Drops the findings, taken or not, for the next check; the arrays keep their room.
  func removeAll() {
    findings.removeAll(keepingCapacity: true)
    steps.removeAll(keepingCapacity: true)
    severities.removeAll(keepingCapacity: true)
  }
}
