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
    /// Each `let`'s slot and program, in declaration order.
    let lets: [(slot: Int, program: Program)]

    init(_ rule: Rule) {
      self.rule = rule
      lets = rule.lets.map { ($0.slot, $0.expression.program) }
    }
  }

  private let activation: Activation
  private let baseCount: Int

  /// An evaluation with the snapshot variables bound to `base`; `environment` is that of any
  /// rule to be run.
  init(base: [Value], environment: Environment) {
    activation = Activation(environment: environment)
    baseCount = base.count
    for (slot, value) in base.enumerated() { activation.set(slot, value) }
  }

  /// Runs a rule, with its `let`s bound afresh.
  func run(_ prepared: PreparedRule) -> Outcome {
    activation.rebind(keepingFirst: baseCount, for: prepared.rule.environment)
    for (slot, program) in prepared.lets { activation.setLazy(slot, program) }
    return outcome(of: prepared.rule)
  }

  private func outcome(of rule: Rule) -> Outcome {
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
      let message = try render(rule.message)
      let next = try rule.next.map(render)
      return .fired(
        Finding(rule: rule.id.value, severity: rule.severity, title: rule.title, message: message, next: next)
      )
    } catch {
      return .failed(location: error.location, message: error.message)
    }
  }

  /// A template's text with each expression's value in place.
  private func render(_ template: Template) throws(TemplateError) -> String {
    var text = ""
    for part in template.parts {
      switch part {
      case .text(let literal):
        text += literal
      case .expression(let expression):
        do {
          text += ValueText.display(try expression.program.evaluate(activation))
        } catch {
          throw TemplateError(location: expression.location(atOffset: error.offset), message: error.message)
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
