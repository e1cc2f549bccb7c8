import CEL

/// Evaluates one rule against one snapshot's variables.
struct RuleEvaluation {
  /// What happened.
  enum Outcome {
    case silent
    case fired(Finding)
    /// The expression at `location` could not be evaluated.
    case failed(location: SourceLocation, message: String)
  }

  let rule: Rule
  let activation: Activation

  init(rule: Rule, base: [Value]) {
    self.rule = rule
    activation = Activation(environment: rule.environment)
    for (slot, value) in base.enumerated() { activation.set(slot, value) }
    for binding in rule.lets { activation.setLazy(binding.slot, binding.expression.program) }
  }

  func run() -> Outcome {
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
