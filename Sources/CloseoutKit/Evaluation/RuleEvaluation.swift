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
    /// The message's parts, ready to render.
    let message: [PreparedPart]
    /// The next step's parts, if the rule has one.
    let next: [PreparedPart]?

    init(_ rule: Rule) {
      self.rule = rule
      lets = LazyBindings(
        environment: rule.environment, keepingFirst: SnapshotVariables.names.count,
        programs: rule.lets.map { ($0.slot, $0.expression.program) })
      message = rule.message.parts.map(PreparedPart.init)
      next = rule.next.map { $0.parts.map(PreparedPart.init) }
    }
  }

  /// A template part that costs one retain to copy: rendering a message copied each part's
  /// `Expression` (its source, scalar and program) once per fired rule.
  enum PreparedPart: Sendable {
    case text(String)
    case expression(ExpressionBox)

    init(_ part: Template.Part) {
      switch part {
      case .text(let literal): self = .text(literal)
      case .expression(let expression): self = .expression(ExpressionBox(expression))
      }
    }
  }

  /// A template's expression, shared by reference.
  final class ExpressionBox: Sendable {
    let expression: Expression

    init(_ expression: Expression) {
      self.expression = expression
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
      let message = try render(prepared.message)
      let next = try prepared.next.map(render)
      return .fired(
        Finding(rule: rule.id.value, severity: rule.severity, title: rule.title, message: message, next: next)
      )
    } catch {
      return .failed(location: error.location, message: error.message)
    }
  }

  /// A template's text with each expression's value in place.
  private func render(_ parts: [PreparedPart]) throws(TemplateError) -> String {
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal):
        text += literal
      case .expression(let box):
        do {
          text += ValueText.display(try box.expression.program.evaluate(activation))
        } catch {
          let location = box.expression.location(atOffset: error.offset)
          throw TemplateError(location: location, message: error.message)
        }
      }
    }
    return text
  }

  private struct TemplateError: Error {
    var location: SourceLocation
    var message: String
  }
}
