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
}
