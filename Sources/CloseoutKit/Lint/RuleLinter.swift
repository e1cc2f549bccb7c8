import CEL

/// Checks rule sets for everything that is wrong or suspicious, reporting all problems at once:
/// the loader's errors (YAML, keys, ids, steps, expressions) and warnings about rules that load
/// but cannot be what their author meant.
public enum RuleLinter {
  /// Every problem in the rule set of `selection` (layered as `check` layers them), in
  /// file order, with the files' text for quoting; a rule whose estimated cost is over the
  /// configuration's `limits.cost` (else the default) is an error. Every rule is linted, those the
  /// configuration disables too: they are still in the files; the configuration's problems with
  /// the rule set (an unknown id in `disable` or `severity`, a step left without rules) are
  /// reported with the rules'.
  public static func lint(_ selection: RuleSelection, configuration: Configuration? = nil) -> LintReport {
    do {
      let ruleSet = try selection.load(requiringRules: false)
      var problems =
        CostCheck.problems(in: ruleSet, limits: configuration?.limits ?? .default) + warnings(ruleSet)
        + NullSelectionCheck.warnings(in: ruleSet)
      var sources = ruleSet.sources
      if let configuration {
        sources[configuration.file] = configuration.source
        do {
          problems += try configuration.apply(to: ruleSet).warnings
        } catch {
          problems += error.diagnostics
        }
      }
      return LintReport(diagnostics: problems.sortedByLocation(), sources: sources)
    } catch {
      return LintReport(diagnostics: error.diagnostics, sources: error.sources)
    }
  }

  /// The warnings about a rule set that loaded.
  static func warnings(_ ruleSet: RuleSet) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for rule in ruleSet.rules {
      if case .bool(let value)? = rule.condition.program.constantValue {
        warnings.append(
          Diagnostic(
            .warning, at: rule.condition.location,
            value
              ? "rule '\(rule.id.value)' always fires: its condition is always true"
              : "rule '\(rule.id.value)' can never fire: its condition is always false",
            hint: "a condition should depend on the snapshot; remove the rule or fix its 'when'"))
      }
      if rule.rationale == nil {
        warnings.append(
          Diagnostic(
            .warning, at: rule.id.location, "rule '\(rule.id.value)' has no rationale",
            hint: "add 'rationale:' saying why the rule exists; it is shown in the documentation"))
      }
    }
    let stepsWithRules = Set(ruleSet.rules.map(\.step))
    for step in ruleSet.steps where !stepsWithRules.contains(step.id.value) {
      warnings.append(
        Diagnostic(
          .warning, at: step.id.location, "step '\(step.id.value)' has no rules, so it is always done",
          hint: "add rules to it or remove it"))
    }
    return warnings
  }
}

/// The result of linting: diagnostics and the text of the files they point into.
public struct LintReport: Sendable {
  /// Errors and warnings, in file order.
  public var diagnostics: [Diagnostic]
  /// The text of each file read, by name.
  public var sources: [String: String]

  /// A report of `diagnostics`, such as a configuration's problems, quoting `sources`.
  public init(diagnostics: [Diagnostic], sources: [String: String]) {
    self.diagnostics = diagnostics
    self.sources = sources
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
  /// Whether any diagnostic is a warning.
  public var hasWarnings: Bool { diagnostics.contains { $0.level == .warning } }
}
