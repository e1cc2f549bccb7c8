import CEL

/// Evaluates rules against one snapshot's variables.
///
/// Every rule's environment extends the snapshot variables with the rule's own `let`s, so one
/// activation serves all the rules of a check: the snapshot variables are bound once, and each
/// rule only rebinds the slots after them.
struct RuleEvaluation {
  /// What happened.
  enum Outcome {
    case silent
    /// The rule fired, with what its `at:` points at, when it has one.
    case fired(Finding, pointing: Pointed?)
    /// An expression could not be evaluated.
    case failed(PreparedTemplate.Failure)
  }

  /// A rule with what evaluating it needs at hand, made once per engine and shared by
  /// reference: a `Rule` is large, and copying one (or its `let` bindings) per rule per check
  /// costs dozens of retains and releases.
  final class PreparedRule: Sendable {
    let rule: Rule
    /// The rule's `let`s, ready to bind after the snapshot variables.
    let lets: LazyBindings
    /// The message, ready to render.
    let message: PreparedTemplate
    /// The next step, if the rule has one, ready to render.
    let next: PreparedTemplate?

    /// `rule`, made ready for an activation whose first `kept` slots (the snapshot variables and
    /// the shared `let`s) keep their bindings from rule to rule.
    init(_ rule: Rule, keeping kept: Int) {
      self.rule = rule
      lets = LazyBindings(
        environment: rule.environment, keepingFirst: kept,
        programs: rule.lets.map { ($0.slot, $0.expression.program) })
      message = PreparedTemplate(rule.message)
      next = rule.next.map(PreparedTemplate.init)
    }
  }

  /// What a fired rule's `at:` evaluated to: the values its findings point at, and the words to
  /// find inside their texts.
  struct Pointed {
    var target: Value
    var words: [String]
  }

  private let activation: Activation
  /// The rule set's shared `let`s, bound afresh for each snapshot.
  private let shared: [Rule.Binding]
  /// The snapshot variables, the first slots of the activation.
  private let variables: SnapshotEnvironment

  /// An evaluation for rules of the same rule set, `environment` being that of any of them (which
  /// starts with `variables`), each rule and step bounded by `limits` on every snapshot.
  init(
    environment: Environment, variables: SnapshotEnvironment, shared: [Rule.Binding], limits: EvaluationLimits
  ) {
    activation = Activation(environment: environment)
    activation.meter.reset(limits: limits)
    self.variables = variables
    self.shared = shared
  }

  /// Binds the snapshot variables and the shared `let`s to `snapshot` (every section `null`
  /// without one), for the rules run next.
  func start(_ snapshot: Snapshot?) {
    variables.bind(snapshot, shared: shared, into: activation)
  }

  /// Runs a rule, with its `let`s bound afresh.
  func run(_ prepared: PreparedRule) -> Outcome {
    activation.rebind(to: prepared.lets)
    activation.meter.reset()
    return outcome(of: prepared)
  }

  /// The activation with the snapshot bound (`start`) and `prepared`'s `let`s bound afresh, as
  /// `run` binds them: for looking into one rule's expressions (`explain`, a failed rule test).
  func activation(for prepared: PreparedRule) -> Activation {
    activation.rebind(to: prepared.lets)
    activation.meter.reset()
    return activation
  }

  /// An evaluation of `rule` alone on `snapshot`, bound as a check binds it, and the rule prepared.
  static func alone(_ rule: Rule, on snapshot: Snapshot?, limits: EvaluationLimits = .default)
    -> (RuleEvaluation, PreparedRule)
  {
    let evaluation = RuleEvaluation(
      environment: rule.environment, variables: rule.snapshotEnvironment, shared: rule.sharedLets,
      limits: limits)
    evaluation.start(snapshot)
    let kept = rule.snapshotEnvironment.variableCount + rule.sharedLets.count
    return (evaluation, PreparedRule(rule, keeping: kept))
  }

  private func outcome(of prepared: PreparedRule) -> Outcome {
    // The rule's fields are read where the prepared rule holds them: a local copy of the rule would
    // retain each of its references on every check.
    if let appliesWhen = prepared.rule.appliesWhen {
      switch truth(of: appliesWhen, "'applies_when'") {
      case .success(let applies): if !applies { return .silent }
      case .failure(let failure): return .failed(failure)
      }
    }
    switch truth(of: prepared.rule.condition, "the condition") {
    case .success(let fired): if !fired { return .silent }
    case .failure(let failure): return .failed(failure)
    }
    do {
      let message = try prepared.message.render(in: activation)
      let next = try prepared.next?.render(in: activation)
      let finding = Finding(
        rule: prepared.rule.id.value, severity: prepared.rule.severity, title: prepared.rule.title,
        message: message, next: next,
        due: try prepared.rule.due.flatMap(deadline))
      return .fired(finding, pointing: try prepared.rule.at.map(pointed))
    } catch {
      return .failed(error)
    }
  }

  /// The value of `expression`, or where and why it failed. A run that spent its whole budget
  /// fails even where `||` or `&&` absorbed the error into a value.
  private func value(of expression: Expression) throws(PreparedTemplate.Failure) -> Value {
    do throws(EvalError) {
      let value = try expression.program.evaluate(activation)
      if activation.meter.isExhausted { throw activation.meter.exhaustedError }
      return value
    } catch {
      throw .init(error, in: expression)
    }
  }

  /// The deadline `due` names: a timestamp in RFC 3339, or nil for null.
  private func deadline(_ due: Expression) throws(PreparedTemplate.Failure) -> String? {
    let value = try value(of: due)
    switch value {
    case .null: return nil
    case .timestamp: return ValueText.display(value)
    default:
      throw .init(
        location: due.location,
        message: "'due' must be a timestamp or null, but it evaluated to \(ValueText.typeName(of: value))")
    }
  }

  /// What `pointer` points at; its words must be a string or a list of strings.
  private func pointed(_ pointer: Rule.Pointer) throws(PreparedTemplate.Failure) -> Pointed {
    let target = try value(of: pointer.target)
    guard let words = pointer.words else { return Pointed(target: target, words: []) }
    switch try value(of: words) {
    case .string(let word): return Pointed(target: target, words: [word])
    case .list(let items):
      var texts: [String] = []
      for item in items {
        guard case .string(let text) = item else {
          throw .init(
            location: words.location,
            message: "the words of 'at' must be strings, but one is \(ValueText.typeName(of: item))")
        }
        texts.append(text)
      }
      return Pointed(target: target, words: texts)
    case let other:
      throw .init(
        location: words.location,
        message: "the words of 'at' must be a string or a list of strings, but they evaluated to "
          + ValueText.typeName(of: other))
    }
  }

  /// The value of a condition, which must be a bool.
  private func truth(of condition: Expression, _ what: String) -> Result<Bool, PreparedTemplate.Failure> {
    let value: Value
    do {
      value = try self.value(of: condition)
    } catch {
      return .failure(error)
    }
    guard case .bool(let truth) = value else {
      return .failure(
        .init(
          location: condition.location,
          message: "\(what) must be a bool, but it evaluated to \(ValueText.typeName(of: value))"))
    }
    return .success(truth)
  }
}

extension RuleEvaluation {
  /// A step's conditions and next step, ready to run on every check.
  final class PreparedStep: Sendable {
    let step: Step
    /// The step's `let`s, ready to bind after the snapshot variables; nil for a step without
    /// expressions.
    let lets: LazyBindings?
    /// The step's next step, ready to render.
    let next: PreparedTemplate?

    init(_ step: Step, keeping kept: Int) {
      self.step = step
      lets = step.environment.map { environment in
        LazyBindings(
          environment: environment, keepingFirst: kept,
          programs: step.lets.map { ($0.slot, $0.expression.program) })
      }
      next = step.next.map(PreparedTemplate.init)
    }
  }

  /// What a step's conditions say of the snapshot; nil where the step has no such condition.
  struct StepProgress {
    var applies: Bool?
    var done: Bool?
    /// Why a condition could not be evaluated.
    var failure: PreparedTemplate.Failure?
  }

  /// Runs a step's `applies_when` and `done_when`, with its `let`s bound afresh.
  func progress(of prepared: PreparedStep) -> StepProgress {
    guard let lets = prepared.lets else { return StepProgress() }
    activation.rebind(to: lets)
    activation.meter.reset()
    var progress = StepProgress()
    for (expression, what, isApplies) in [
      (prepared.step.appliesWhen, "'applies_when'", true), (prepared.step.doneWhen, "'done_when'", false),
    ] {
      guard let expression, progress.failure == nil else { continue }
      switch truth(of: expression, what) {
      case .success(let truth): if isApplies { progress.applies = truth } else { progress.done = truth }
      case .failure(let failure): progress.failure = failure
      }
    }
    return progress
  }

  /// The step's next step rendered, with its `let`s bound afresh; nil when it has none.
  func next(of prepared: PreparedStep) -> Result<String, PreparedTemplate.Failure>? {
    guard let lets = prepared.lets, let next = prepared.next else { return nil }
    activation.rebind(to: lets)
    activation.meter.reset()
    do {
      return .success(try next.render(in: activation))
    } catch {
      return .failure(error)
    }
  }
}
