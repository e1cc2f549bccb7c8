import CEL

/// One step of the checklist, such as "communicate" or "feedback".
///
/// A step may say when it concerns the contract at all (`applies_when`), when its action has
/// happened (`done_when`) and what to do to complete it (`next`); these are CEL, compiled with the
/// rules, and see the step's own `let`s.
public struct Step: Sendable {
  /// Unique id, referenced by rules and by other steps' `after`.
  public var id: Located<String>
  /// What the step is, shown as the checklist line.
  public var title: String
  /// Longer explanation, for generated documentation.
  public var description: String?
  /// Ids of the steps that must be done before this one.
  public var after: [Located<String>]
  /// Named sub-expressions for the step's conditions and `next`, in declaration order.
  public var lets: [Rule.Binding] = []
  /// When false, the step does not concern the contract and is `skipped`.
  public var appliesWhen: Expression?
  /// When true, the step's action has happened.
  public var doneWhen: Expression?
  /// What to do to complete the step.
  public var next: Template?
  /// Every compiled expression of the step but its `let`s: `applies_when`, `done_when` and the
  /// `{{ }}` parts of `next`.
  var expressions: [Expression] {
    [appliesWhen, doneWhen].compactMap { $0 } + (next?.expressions ?? [])
  }
  /// The step's expressions as written, until the rule set compiles them.
  var sources = Sources()
  /// The environment the step's expressions were compiled in (base variables, then `lets`).
  var environment: Environment?

  /// Creates a step; its expressions come from the rule compiler.
  init(id: Located<String>, title: String, description: String?, after: [Located<String>]) {
    self.id = id
    self.title = title
    self.description = description
    self.after = after
  }

  /// A step's expressions as written in its file.
  struct Sources: Sendable {
    var lets: [(name: Located<String>, source: ExpressionScalar)] = []
    var appliesWhen: ExpressionScalar?
    var doneWhen: ExpressionScalar?
    var next: ExpressionScalar?
  }
}
