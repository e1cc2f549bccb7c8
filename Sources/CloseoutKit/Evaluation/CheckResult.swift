/// The outcome of checking one snapshot file: its checklist, or why it could not be checked.
public struct CheckResult: Sendable {
  /// The snapshot's path as given (`-` for standard input).
  public var file: String
  /// The contract's id, when the snapshot could be read.
  public var contractID: String?
  /// The contract's status, when the snapshot could be read and has one.
  public var contractStatus: String?
  /// The checklist; nil when the snapshot could not be read.
  public var checklist: Checklist?
  /// Problems reading the snapshot, or rules that could not be evaluated on it.
  public var errors: [Diagnostic]
  /// Waivers that expired or were unused on this snapshot: reported, never failing the run.
  public var warnings: [Diagnostic] = []
  /// The text of a snapshot that could not be read, for quoting in diagnostics.
  var source: String?

  /// A snapshot that was checked.
  public init(snapshot: Snapshot, checklist: Checklist) {
    file = snapshot.file
    contractID = snapshot.contractID
    contractStatus = snapshot.contractStatus
    self.checklist = checklist
    errors = checklist.errors
    warnings = checklist.warnings
  }

  /// A snapshot that could not be read.
  public init(file: String, errors: [Diagnostic]) {
    self.file = file
    contractID = nil
    contractStatus = nil
    checklist = nil
    self.errors = errors
  }

  /// Whether the contract can be ended: checked, no blocker, no error.
  public var isReady: Bool { checklist?.isReady ?? false }

  /// Where the contract stands, in words: "ready to request the end", "not ready to end",
  /// "end requested, 2 things left", "ended, nothing left" (without the counts of findings).
  public var verdict: String {
    guard let checklist else { return "could not be checked" }
    guard errors.isEmpty else { return "not ready: some rules could not be evaluated" }
    let left = checklist.stepsLeft
    let things = left == 0 ? "nothing left" : left == 1 ? "1 thing left" : "\(left) things left"
    switch contractStatus {
    case "ended": return "ended, \(things)"
    case "end_requested": return "end requested, \(things)"
    default: return isReady ? "ready to request the end" : "not ready to end"
    }
  }

  /// Findings of each severity (all zero when unchecked).
  public var counts: SeverityCounts {
    checklist?.counts ?? SeverityCounts()
  }
}
