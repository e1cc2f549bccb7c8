/// Which rules block most contracts of a batch: for each rule that fired as a blocker or a
/// warning, in how many contracts it did, counted as results are reported (the HTML report's
/// chart). Waived findings do not count, as they do not count anywhere else.
struct BlockingRules: Sendable {
  /// One rule's counts.
  struct Entry: Sendable, Equatable {
    /// The rule's id.
    var rule: String
    /// The rule's title.
    var title: String
    /// The contracts in which it fired as a blocker.
    var blockers = 0
    /// The contracts in which it fired as a warning.
    var warnings = 0

    /// The contracts in which it fired as a blocker or a warning.
    var contracts: Int { blockers + warnings }
  }

  /// The rules in the order they first fired.
  private var entries: [Entry] = []
  /// Where each rule is in `entries`.
  private var position: [String: Int] = [:]

  /// No rule yet.
  init() {}

  /// Counts the rules that fired on `result`, each once per contract at its worst severity.
  mutating func add(_ result: CheckResult) {
    guard let checklist = result.checklist else { return }
    var worst: [String: Finding] = [:]
    var order: [String] = []
    for finding in checklist.activeFindings where finding.severity != .advice {
      if let seen = worst[finding.rule] {
        if finding.severity < seen.severity { worst[finding.rule] = finding }
      } else {
        worst[finding.rule] = finding
        order.append(finding.rule)
      }
    }
    for rule in order {
      guard let finding = worst[rule] else { continue }
      let index = position[rule] ?? entries.count
      if index == entries.count {
        position[rule] = index
        entries.append(Entry(rule: rule, title: finding.title))
      }
      if finding.severity == .blocker {
        entries[index].blockers += 1
      } else {
        entries[index].warnings += 1
      }
    }
  }

  /// The `limit` rules that block most contracts: most blockers first, then most warnings, then
  /// the one that fired first.
  func top(_ limit: Int) -> [Entry] {
    let ranked = entries.enumerated().sorted {
      ($1.element.blockers, $1.element.warnings, $0.offset) < (
        $0.element.blockers, $0.element.warnings, $1.offset
      )
    }
    return ranked.prefix(max(0, limit)).map(\.element)
  }
}
