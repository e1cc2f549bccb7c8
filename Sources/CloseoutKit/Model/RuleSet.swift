import CEL

/// A loaded rule set: steps in checklist order, named lists and compiled rules.
///
/// Immutable once loaded and safe to share across threads; load once, check many snapshots.
public struct RuleSet: Sendable {
  /// Steps in dependency order (stable by declaration among independent steps).
  public var steps: [Step]
  /// The shared `let`s of the rule files' top-level `let:` sections, in order: every rule and
  /// step sees them, and each is evaluated at most once per snapshot.
  public var lets: [Rule.Binding] = []
  /// Rules in declaration order.
  public var rules: [Rule]
  /// Named lists of strings (or of strings by language), available to expressions as `lists.NAME`.
  public var lists: [String: WordList]
  /// Where each list was declared and changed, in declaration order.
  public var listOrigins: [ListOrigin] = []
  /// The files the rule set was read from, in load order.
  public var files: [String]
  /// The text of each rule file, by name, for quoting in diagnostics.
  public var sources: [String: String]
  /// The snapshot schema the rule files declare, if any: expressions were checked against it, and
  /// snapshots are validated against it.
  public var schema: SnapshotSchema? = nil
  /// The bounds of evaluating one rule or step on one snapshot (a configuration may change them).
  public var limits: EvaluationLimits = .default

  /// What snapshots are validated against: the declared schema, or the built-in core without one.
  public var validationSchema: SnapshotSchema { schema ?? .core }
}

extension RuleSet {
  /// The environment the rule set's expressions were compiled in, before their `let`s.
  var snapshotEnvironment: SnapshotEnvironment { SnapshotEnvironment(lists: lists, schema: schema) }
}

extension RuleSet {
  /// The rule with `id`, or a diagnostic with a did-you-mean when there is none.
  public func rule(withID id: String) -> Result<Rule, Diagnostic> {
    if let rule = rules.first(where: { $0.id.value == id }) { return .success(rule) }
    return .failure(
      Diagnostic(
        at: nil, "no rule '\(id)' in the rule set",
        hint: Suggestion.didYouMean(id, among: rules.map(\.id.value))
          ?? "'closeout rules list' lists the rules"))
  }
}

extension Rule {
  /// The rule's `let` called `name`, or a diagnostic with a did-you-mean when there is none.
  public func binding(named name: String) -> Result<Binding, Diagnostic> {
    if let binding = lets.first(where: { $0.name.value == name }) { return .success(binding) }
    let names = lets.map(\.name.value)
    return .failure(
      Diagnostic(
        at: nil, "the rule '\(id.value)' has no let '\(name)'",
        hint: Suggestion.didYouMean(name, among: names)
          ?? (names.isEmpty ? "it has no lets" : "its lets are \(names.joined(separator: ", "))")))
  }
}
