import CEL

/// A loaded, compiled rule: everything needed to evaluate it against a snapshot.
///
/// Expressions were parsed, checked and planned when the rule set loaded; evaluating a rule only
/// runs its programs.
public struct Rule: Sendable {
  /// Unique id, such as `finish-outstanding-tasks`.
  public var id: Located<String>
  /// The step this rule belongs to.
  public var step: String
  /// How much a finding of this rule matters.
  public var severity: Severity
  /// One line saying what the rule wants.
  public var title: String
  /// Why the rule exists, for documentation and `--explain`.
  public var rationale: String?
  /// Named sub-expressions, in declaration order.
  public var lets: [Binding]
  /// When false, the rule does not concern the snapshot (for example a rule about requesting the
  /// end, on a contract the client ended) and stays silent whatever its condition.
  public var appliesWhen: Expression?
  /// The condition: the rule fires when it is true.
  public var condition: Expression
  /// What is wrong, with `{{ }}` parts filled in from the snapshot.
  public var message: Template
  /// What to do next.
  public var next: Template?
  /// The deadline a finding is about (a timestamp, or null for none), evaluated when it fires.
  public var due: Expression?
  /// What in the snapshot a finding is about (`at:`), evaluated when the rule fires: findings
  /// point at those nodes, with their line and column.
  public var at: Pointer?
  /// Where later layers patched the rule (`- patch: ID`), in layering order; `id` is where it is
  /// declared.
  public var patches: [SourceLocation] = []
  /// The environment the rule's expressions were compiled in (base variables, then `lets`).
  var environment: Environment
  /// The rule set's shared `let`s, which the rule's expressions may use.
  var sharedLets: [Binding] = []
  /// The snapshot variables that `environment` starts with, for binding a snapshot to them.
  var snapshotEnvironment: SnapshotEnvironment

  /// Every expression of the rule but its `let`s: `applies_when`, `when`, `due`, `at`, and the
  /// `{{ }}` parts of the message and of `next`.
  var expressions: [Expression] {
    [appliesWhen, condition, due, at?.target, at?.words].compactMap { $0 } + message.expressions
      + (next?.expressions ?? [])
  }

  /// What a rule's findings point at in the snapshot: `at: EXPR`, or `at: {in: EXPR, words: EXPR}`
  /// for words inside texts.
  public struct Pointer: Sendable {
    /// The snapshot's maps, lists or texts the finding is about; a list of them points at each.
    public var target: Expression
    /// Words or phrases (a string or a list of them) to point at inside the texts of `target`,
    /// wherever they are written there.
    public var words: Expression?

    /// The pointer as written: its expression, or `in: … words: …` on two lines.
    public var sourceText: String {
      guard let words else { return target.source }
      return "in: \(target.source)\nwords: \(words.source)"
    }
  }

  /// A named sub-expression of a rule, evaluated lazily, at most once per check.
  public struct Binding: Sendable {
    /// The name the other expressions use.
    public var name: Located<String>
    /// The compiled expression.
    public var expression: Expression
    /// Its slot in the rule's environment.
    var slot: Int
  }
}

/// A compiled CEL expression with the source it came from.
public struct Expression: Sendable {
  /// The expression's text.
  public var source: String { origin.source }
  /// Where the expression starts in its file.
  public var location: SourceLocation { scalar.location(atOffset: offset) }
  /// The planned program.
  let program: Program
  /// The parsed expression the program was planned from, whose sub-expressions `explain` shows.
  var parsed: ParsedExpr { origin.parsed }
  /// The YAML scalar that holds the expression, to locate offsets inside it.
  var scalar: ExpressionScalar { origin.scalar }
  /// Where the expression starts in the scalar (after `{{` in a template).
  var offset: Int { origin.offset }
  /// Everything but the program, behind one reference: the engine reads rules' expressions on
  /// every check, and an expression of two references is passed and copied as two words, where
  /// one holding its text, syntax and scalar would be copied through memory, a hundred bytes and
  /// a retain for each reference.
  private let origin: Origin

  /// An expression of `source`, planned as `program` from `parsed`, which starts at `offset` in
  /// `scalar`.
  init(source: String, program: Program, parsed: ParsedExpr, scalar: ExpressionScalar, offset: Int) {
    self.program = program
    origin = Origin(source: source, parsed: parsed, scalar: scalar, offset: offset)
  }

  /// Where an expression comes from, shared by its copies.
  private final class Origin: Sendable {
    let source: String
    let parsed: ParsedExpr
    let scalar: ExpressionScalar
    let offset: Int

    init(source: String, parsed: ParsedExpr, scalar: ExpressionScalar, offset: Int) {
      self.source = source
      self.parsed = parsed
      self.scalar = scalar
      self.offset = offset
    }
  }

  /// The file location of `offset` in the expression's text, such as the place of an evaluation error.
  func location(atOffset offset: Int?) -> SourceLocation {
    scalar.location(atOffset: self.offset + (offset ?? 0))
  }
}
