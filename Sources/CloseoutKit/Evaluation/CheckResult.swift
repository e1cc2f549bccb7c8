/// The outcome of checking one snapshot file: its checklist, or why it could not be checked.
public struct CheckResult: Sendable {
  /// The snapshot's path as given (`-` for standard input).
  public var file: String
  /// The contract's id, when the snapshot could be read.
  public var contractID: String?
  /// The checklist; nil when the snapshot could not be read.
  public var checklist: Checklist?
  /// Problems reading the snapshot, or rules that could not be evaluated on it.
  public var errors: [Diagnostic]
  /// The text of a snapshot that could not be read, for quoting in diagnostics.
  var source: String?

  /// A snapshot that was checked.
  public init(snapshot: Snapshot, checklist: Checklist) {
    file = snapshot.file
    contractID = snapshot.contractID
    self.checklist = checklist
    errors = checklist.errors
  }

  /// A snapshot that could not be read.
  public init(file: String, errors: [Diagnostic]) {
    self.file = file
    contractID = nil
    checklist = nil
    self.errors = errors
  }

  /// Whether the contract can be ended: checked, no blocker, no error.
  public var isReady: Bool { checklist?.isReady ?? false }

  /// Findings of each severity (all zero when unchecked).
  public var counts: [Severity: Int] {
    checklist?.counts ?? Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
  }
}
