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
    case fired(Finding)
    /// The expression at `location` could not be evaluated.
    case failed(location: SourceLocation, message: String)
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

    init(_ rule: Rule) {
      self.rule = rule
      lets = LazyBindings(
        environment: rule.environment, keepingFirst: SnapshotVariables.names.count,
        programs: rule.lets.map { ($0.slot, $0.expression.program) })
      message = PreparedTemplate(rule.message)
      next = rule.next.map(PreparedTemplate.init)
    }
  }

  private let activation: Activation

  /// An evaluation for rules of the same rule set, `environment` being that of any of them.
  init(environment: Environment) {
    activation = Activation(environment: environment)
  }

  /// Binds the snapshot variables to `snapshot`, for the rules run next.
  func start(_ snapshot: Snapshot) {
    SnapshotVariables.bind(snapshot, into: activation)
  }

  /// Runs a rule, with its `let`s bound afresh.
  func run(_ prepared: PreparedRule) -> Outcome {
    activation.rebind(to: prepared.lets)
    return outcome(of: prepared)
  }

  private func outcome(of prepared: PreparedRule) -> Outcome {
    let rule = prepared.rule
    let condition: Value
    do {
      condition = try rule.condition.program.evaluate(activation)
    } catch {
      return .failed(location: rule.condition.location(atOffset: error.offset), message: error.message)
    }
    guard case .bool(let fired) = condition else {
      return .failed(
        location: rule.condition.location,
        message: "the condition must be a bool, but it evaluated to \(ValueText.typeName(of: condition))")
    }
    guard fired else { return .silent }
    do {
      let message = try prepared.message.render(in: activation)
      let next = try prepared.next?.render(in: activation)
      return .fired(
        Finding(rule: rule.id.value, severity: rule.severity, title: rule.title, message: message, next: next)
      )
    } catch {
      return .failed(location: error.location, message: error.message)
    }
  }
}
