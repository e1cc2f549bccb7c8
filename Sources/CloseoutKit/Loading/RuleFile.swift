/// What one rule file declares, before compilation: the loader's intermediate form.
struct RuleFile: Sendable {
  /// The file's name as shown in diagnostics.
  var file: String
  var steps: [Step] = []
  var lists: [ListDefinition] = []
  /// Changes to lists that an earlier layer declares (`add:`, `remove:`).
  var listEdits: [ListEdit] = []
  /// The rule set's shared `let`s, seen by every rule and step.
  var lets: [SharedLet] = []
  var rules: [RuleDefinition] = []
  /// Changes to rules that an earlier layer declares (`- patch: ID`).
  var rulePatches: [RulePatch] = []
  /// Rules with a problem in their required keys: not loaded, but their step and expressions are
  /// still checked, so that one run reports every problem.
  var partialRules: [PartialRule] = []
  /// The snapshot schema of a `schema:` section, and where that section is.
  var schema: (schema: SnapshotSchema, location: SourceLocation)?
}

/// A named expression of a rule file's top-level `let:` section, evaluated at most once per
/// snapshot and seen by every rule and step.
struct SharedLet: Sendable {
  var name: Located<String>
  var source: ExpressionScalar
}

/// A named list from a `lists:` section: strings, or strings by language code.
struct ListDefinition: Sendable {
  var name: Located<String>
  var words: WordList
  /// Where it was declared and changed, for `closeout rules list`.
  var origin: ListOrigin

  /// A list declared with its entries at `name`.
  init(name: Located<String>, words: WordList) {
    self.name = name
    self.words = words
    origin = ListOrigin(name: name.value, declared: name.location)
  }
}

/// A rule as written, with its expressions still as text.
struct RuleDefinition: Sendable {
  var id: Located<String>
  var step: Located<String>
  var severity: Severity
  var title: String
  var rationale: String?
  var lets: [(name: Located<String>, source: ExpressionScalar)]
  var appliesWhen: ExpressionScalar?
  var when: ExpressionScalar
  var message: ExpressionScalar
  var next: ExpressionScalar?
  var due: ExpressionScalar?
  var at: PointerSource?
  /// Where later layers patched it, in layering order.
  var patches: [SourceLocation] = []
}

/// What could be read of a rule whose required keys have a problem.
struct PartialRule: Sendable {
  var step: Located<String>?
  var lets: [(name: Located<String>, source: ExpressionScalar)]
  var appliesWhen: ExpressionScalar?
  var when: ExpressionScalar?
  var message: ExpressionScalar?
  var next: ExpressionScalar?
}

/// A rule's `at:` as written: the expression of what its findings point at, and of the words
/// inside it.
struct PointerSource: Sendable {
  var target: ExpressionScalar
  var words: ExpressionScalar?
}
