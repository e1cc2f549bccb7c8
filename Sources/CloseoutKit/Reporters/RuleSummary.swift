/// What a report says about a rule whether or not it fired: a format that lists every rule of
/// the rule set (JUnit's one test case per rule, SARIF's rule descriptors) needs these, not the
/// compiled rule.
public struct RuleSummary: Sendable, Equatable {
  /// The rule's id.
  public var id: String
  /// The rule's title.
  public var title: String
  /// The id of the step the rule belongs to.
  public var step: String
  /// The rule's severity.
  public var severity: Severity
  /// Why the rule exists, when it says.
  public var rationale: String?
  /// The rule's next step as written, `{{ }}` parts included, when it has one.
  public var next: String?

  /// A summary with these fields.
  public init(
    id: String, title: String, step: String, severity: Severity, rationale: String? = nil, next: String? = nil
  ) {
    self.id = id
    self.title = title
    self.step = step
    self.severity = severity
    self.rationale = rationale
    self.next = next
  }

  /// The summary of a loaded rule.
  public init(_ rule: Rule) {
    self.init(
      id: rule.id.value, title: rule.title, step: rule.step, severity: rule.severity,
      rationale: rule.rationale,
      next: rule.next?.sourceText)
  }
}
