/// The findings known when a baseline file (`--baseline`) was written, by fingerprint: a finding
/// that is in it is marked `isInBaseline` and does not count, as a waived one does, so that a
/// pipeline fails only on new findings. `BaselineFile` reads and writes it.
public struct Baseline: Sendable, Equatable {
  /// The version of the file format this type reads and writes.
  public static let version = 1

  /// One known finding, as the file lists it.
  public struct Entry: Sendable, Equatable, Comparable {
    /// The finding's fingerprint, which is what a finding is matched by.
    public var fingerprint: FindingFingerprint
    /// The contract's id (the snapshot's file when it has none).
    public var contract: String
    /// The rule's id.
    public var rule: String
    /// The rule's severity when the baseline was written.
    public var severity: Severity

    /// Creates an entry.
    public init(fingerprint: FindingFingerprint, contract: String, rule: String, severity: Severity) {
      self.fingerprint = fingerprint
      self.contract = contract
      self.rule = rule
      self.severity = severity
    }

    /// The entry of `finding` on `contract`.
    public init(_ finding: Finding, contract: String) {
      self.init(
        fingerprint: FindingFingerprint(finding, contract: contract), contract: contract, rule: finding.rule,
        severity: finding.severity)
    }

    /// By contract, then rule, then fingerprint: the order of the file, so that it diffs well.
    public static func < (a: Entry, b: Entry) -> Bool {
      (a.contract, a.rule, a.fingerprint) < (b.contract, b.rule, b.fingerprint)
    }
  }

  /// When the baseline was written (RFC 3339), as the file says.
  public var generatedAt: String
  /// The known findings, sorted, one per fingerprint.
  public let entries: [Entry]
  /// The entries' fingerprints, for matching each finding at the cost of a lookup.
  private let fingerprints: Set<FindingFingerprint>

  /// A baseline of `entries`, sorted and with one entry kept per fingerprint (the first).
  public init(entries: some Sequence<Entry>, generatedAt: String) {
    var seen = Set<FindingFingerprint>()
    self.entries = entries.filter { seen.insert($0.fingerprint).inserted }.sorted()
    fingerprints = seen
    self.generatedAt = generatedAt
  }

  /// Whether a finding with `fingerprint` is known.
  public func contains(_ fingerprint: FindingFingerprint) -> Bool { fingerprints.contains(fingerprint) }

  /// `finding` on `contract`, marked as in the baseline when it is.
  func marking(_ finding: Finding, contract: String) -> Finding {
    guard contains(FindingFingerprint(finding, contract: contract)) else { return finding }
    var known = finding
    known.isInBaseline = true
    return known
  }

  /// The entries that no finding in `fired` matched although their contract is among `checked`:
  /// the findings fixed since the baseline was written. An entry of a contract the run did not
  /// check is not fixed, only not looked at.
  public func fixed(fired: Set<FindingFingerprint>, checked: Set<String>) -> [Entry] {
    entries.filter { checked.contains($0.contract) && !fired.contains($0.fingerprint) }
  }
}
