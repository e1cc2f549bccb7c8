/// What a report says about a rule whether or not it fired: a format that lists every rule of
/// the rule set (JUnit's one test case per rule) needs these, not the compiled rule.
public struct RuleSummary: Sendable, Equatable {
  /// The rule's id.
  public var id: String
  /// The rule's title.
  public var title: String
  /// The id of the step the rule belongs to.
  public var step: String
  /// The rule's severity.
  public var severity: Severity

  /// A summary with these fields.
  public init(id: String, title: String, step: String, severity: Severity) {
    self.id = id
    self.title = title
    self.step = step
    self.severity = severity
  }

  /// The summary of a loaded rule.
  public init(_ rule: Rule) {
    self.init(id: rule.id.value, title: rule.title, step: rule.step, severity: rule.severity)
  }
}
