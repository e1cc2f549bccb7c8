import CEL

/// Evaluates each `let` and the condition of one rule on one snapshot, to show why a rule fired or
/// stayed silent when a test fails.
public enum RuleInspector {
  /// The longest value text shown; longer ones are cut with `…`.
  static let maximumLength = 240

  /// The rule's `let` values and condition on `snapshot`, each as a CEL literal or an error.
  public static func inspect(_ rule: Rule, on snapshot: Snapshot) -> RuleInspection {
    let (evaluation, prepared) = RuleEvaluation.alone(rule, on: snapshot)
    let activation = evaluation.activation(for: prepared)
    var lets: [(name: String, value: String)] = []
    for binding in rule.lets {
      do {
        let value = try binding.expression.program.evaluate(activation)
        // Later lets and the condition reuse the value instead of evaluating it again.
        activation.set(binding.slot, value)
        lets.append((binding.name.value, text(value)))
      } catch {
        lets.append((binding.name.value, "error: \(error.message)"))
      }
    }
    let condition: String
    do {
      condition = text(try rule.condition.program.evaluate(activation))
    } catch {
      condition = "error: \(error.message)"
    }
    return RuleInspection(rule: rule.id.value, location: rule.id.location, lets: lets, condition: condition)
  }

  /// A value as a CEL literal, cut to `maximumLength` characters.
  static func text(_ value: Value) -> String {
    ValueText.literal(value, limit: maximumLength)
  }
}

/// What a rule's `let` bindings and condition evaluated to on one snapshot.
public struct RuleInspection: Sendable {
  /// The rule's id.
  public var rule: String
  /// Where the rule is declared.
  public var location: SourceLocation
  /// Each `let` in order, with its value as a CEL literal or `error: …`.
  public var lets: [(name: String, value: String)]
  /// The condition's value (`true`, `false`) or `error: …`.
  public var condition: String
}
