/// A rule that fired on a snapshot: what is wrong and what to do next.
public struct Finding: Sendable, Equatable {
  /// The rule's id.
  public var rule: String
  /// The rule's severity.
  public var severity: Severity
  /// The rule's title.
  public var title: String
  /// The rendered message.
  public var message: String
  /// The rendered next step, if the rule has one.
  public var next: String?
  /// The deadline the finding is about (RFC 3339, UTC), if the rule declares one with `due`.
  public var due: String? = nil
  /// The waiver that accepts the finding, if one holds: a waived finding is shown but does not
  /// count (not for `--fail-on`, the verdict, the counts, nor a step's `blocked` status).
  public var waiver: Waived? = nil
  /// Where in the snapshot the finding points (its rule's `at:`), in document order; empty when
  /// the rule declares nothing or the snapshot has no such place.
  public var locations: [SnapshotLocation] = []
  /// Whether the `--baseline` file lists the finding: known before this run, it is shown but does
  /// not count, as a waived one.
  public var isInBaseline = false

  /// Whether a waiver accepts the finding.
  public var isWaived: Bool { waiver != nil }

  /// Whether a waiver or the baseline accepts the finding, which then does not count.
  public var isAccepted: Bool { isWaived || isInBaseline }

  /// What a finding's waiver says, as reports show it.
  public struct Waived: Sendable, Equatable {
    /// Why the finding is accepted.
    public var reason: String
    /// Who accepted it.
    public var acceptedBy: String
    /// Its expiry, as written.
    public var expires: String
    /// Where the waiver's rule is named.
    public var location: SourceLocation
  }
}
