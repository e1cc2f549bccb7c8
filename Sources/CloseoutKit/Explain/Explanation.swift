/// Why a rule fired or stayed silent on one snapshot: each `let` and the condition as a tree of
/// sub-expressions with their values, like CEL's evaluation state or OPA's `--explain`.
public struct Explanation: Sendable {
  /// The rule's id.
  public var rule: String
  /// Where the rule is declared.
  public var location: SourceLocation
  /// The rule's severity.
  public var severity: Severity
  /// Each `let` in declaration order, with its expression's tree.
  public var lets: [(name: String, tree: Node)]
  /// The tree of `applies_when`, when the rule has one.
  public var appliesWhen: Node? = nil
  /// The condition's tree.
  public var condition: Node

  /// One sub-expression and what it evaluated to.
  public struct Node: Sendable {
    /// The sub-expression as written.
    public var text: String
    /// What it evaluated to.
    public var outcome: Outcome
    /// The sub-expressions that explain it (literals left out).
    public var children: [Node]
    /// What the call found, for a word function's call: each list entry matched and where in the
    /// text, or that none did.
    public var notes: [String] = []
  }

  /// What a sub-expression evaluated to.
  public enum Outcome: Sendable, Equatable {
    /// A value, as a CEL literal.
    case value(String)
    /// An evaluation error.
    case error(String)
    /// Skipped: `&&`, `||` or `?:` was decided without it.
    case notEvaluated
  }

  /// Whether the rule applies: it has no `applies_when`, or that evaluated to `true`.
  public var applies: Bool
  /// Whether the rule fired: it applies and its condition evaluated to `true`.
  public var fired: Bool
}
