import CEL

/// Evaluates one expression against a snapshot, with a rule set's lists in scope: the quickest way
/// to try a condition (`closeout eval`).
public struct ExpressionEvaluator: Sendable {
  /// The name diagnostics give the expression's text.
  public static let sourceName = "<expression>"

  private let snapshotEnvironment: SnapshotEnvironment
  private let environment: Environment
  /// The rule set's shared `let`s, which expressions may use.
  private let shared: [Rule.Binding]
  /// The limits of the evaluation, and the sizes its cost is estimated on before it runs.
  private let limits: EvaluationLimits
  private let hints: SizeHints
  /// What `evaluate` reads without a snapshot: a document that writes nothing, completed with the
  /// schema's defaults.
  private let defaults: Snapshot?

  /// An evaluator that sees the snapshot variables, `lists` and shared `let`s of `ruleSet`, within
  /// its evaluation limits.
  public init(ruleSet: RuleSet) {
    snapshotEnvironment = ruleSet.snapshotEnvironment
    environment = snapshotEnvironment.environment.extending(
      variables: ruleSet.lets.map { ($0.name.value, $0.expression.program.resultType) })
    shared = ruleSet.lets
    limits = ruleSet.limits
    hints = ruleSet.validationSchema.sizeHints
    var empty = Value.map(MapValue())
    ruleSet.validationSchema.complete(&empty)
    if case .map(let root) = empty { defaults = Snapshot(file: "", root: root) } else { defaults = nil }
  }

  /// The value of `source` on `snapshot` (without one, on a snapshot that writes nothing: every
  /// section reads as the schema's default, `null` when it has none), or where and why it
  /// failed; positions are in the expression's text, named `<expression>`. Within `rule`, the
  /// rule's own `let`s are in scope too, bound as a check binds them.
  public func evaluate(_ source: String, on snapshot: Snapshot?, within rule: Rule? = nil)
    -> Result<Value, Diagnostic>
  {
    let snapshot = snapshot ?? defaults
    let text = Source(source)
    let environment = rule?.environment ?? self.environment
    let program: Program
    let estimate: CostEstimate
    do {
      program = try environment.compile(source)
      estimate = try environment.estimateCost(of: source, hints: hints)
    } catch {
      return .failure(diagnostic(error.message, at: error.offset, in: text, hint: error.hint))
    }
    // An expression that may cost more than the limit is not run, as a rule would not be.
    guard estimate.cost <= limits.cost else {
      return .failure(
        diagnostic(
          "the expression may cost up to \(estimate.cost) units, over the limit of \(limits.cost)", at: 0,
          in: text, hint: "filter lists before nesting loops over them, or raise 'limits.cost'"))
    }
    let activation: Activation
    if let rule {
      let (evaluation, prepared) = RuleEvaluation.alone(rule, on: snapshot, limits: limits)
      activation = evaluation.activation(for: prepared)
    } else {
      activation = Activation(environment: environment)
      activation.meter.reset(limits: limits)
      snapshotEnvironment.bind(snapshot, shared: shared, into: activation)
    }
    do {
      return .success(try program.evaluate(activation))
    } catch {
      return .failure(diagnostic(error.message, at: error.offset ?? 0, in: text))
    }
  }

  private func diagnostic(_ message: String, at offset: Int, in source: Source, hint: String? = nil)
    -> Diagnostic
  {
    let position = source.location(of: offset)
    return Diagnostic(
      at: SourceLocation(file: Self.sourceName, line: position.line, column: position.column), message,
      hint: hint)
  }
}
