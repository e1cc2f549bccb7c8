import CEL

/// An accepted finding: the rule, the contract, why it is accepted, who accepted it and until
/// when. Read from a waiver file (`--waivers`) or from a snapshot's `waivers:` section.
public struct Waiver: Sendable, Equatable {
  /// The id of the rule whose finding is accepted.
  public var rule: Located<String>
  /// The contract's id; nil for a snapshot's own waiver, which is about the snapshot's contract.
  public var contract: Located<String>?
  /// Why the finding is accepted.
  public var reason: String
  /// Who accepted it.
  public var acceptedBy: String
  /// When it expires, as written: a date (`2026-12-31`, the waiver holds through that day, UTC) or
  /// an RFC 3339 date-time.
  public var expires: Located<String>
  /// The first moment at which the waiver no longer holds.
  public var expiry: Timestamp

  /// Creates a waiver.
  public init(
    rule: Located<String>, contract: Located<String>?, reason: String, acceptedBy: String,
    expires: Located<String>, expiry: Timestamp
  ) {
    self.rule = rule
    self.contract = contract
    self.reason = reason
    self.acceptedBy = acceptedBy
    self.expires = expires
    self.expiry = expiry
  }

  /// The keys of a waiver, in the order the README lists them.
  static let keys = ["rule", "contract", "reason", "accepted_by", "expires"]

  /// The first moment after `text` when a waiver that expires on it no longer holds: the next
  /// midnight UTC for a date, the moment itself for a date-time; nil when `text` is neither.
  static func expiry(of text: String) -> Timestamp? {
    if text.utf8.count == 10, let midnight = Timestamp(rfc3339: text + "T00:00:00Z") {
      return midnight.adding(days: 1)
    }
    return Timestamp(rfc3339: text)
  }

  /// The waiver with its places moved to line `number` of its stream: for a waiver read from one
  /// line of an NDJSON stream, whose places are then `STREAM:LINE:COLUMN`, as its errors are.
  mutating func move(toLine number: Int) {
    rule.location.move(toLine: number)
    expires.location.move(toLine: number)
    contract?.location.move(toLine: number)
  }
}
