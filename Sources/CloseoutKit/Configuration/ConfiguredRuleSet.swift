/// A rule set after a configuration turned rules off and changed severities, with what changed.
public struct ConfiguredRuleSet: Sendable {
  /// The rule set to check with: disabled rules left out, changed severities applied.
  public var effective: RuleSet
  /// The rule set as loaded, every rule with the severity its file declares.
  public var loaded: RuleSet
  /// What the configuration changed, by rule id; rules it did not touch are absent.
  public var changes: [String: Change]
  /// The configuration applied, or nil when there was none.
  public var configuration: Configuration?
  /// What the configuration does that is allowed but likely a mistake: disabling every rule of a
  /// step, which then never blocks.
  public var warnings: [Diagnostic] = []

  /// What a configuration changed about one rule.
  public struct Change: Sendable, Equatable {
    /// Whether the rule is turned off.
    public var disabled = false
    /// The severity the rule's file declares, when the configuration changed it.
    public var originalSeverity: Severity?
  }

  /// A rule set used as loaded, without a configuration.
  public init(unconfigured ruleSet: RuleSet) {
    effective = ruleSet
    loaded = ruleSet
    changes = [:]
    configuration = nil
  }

  init(effective: RuleSet, loaded: RuleSet, changes: [String: Change], configuration: Configuration) {
    self.effective = effective
    self.loaded = loaded
    self.changes = changes
    self.configuration = configuration
  }
}

extension Configuration {
  /// `ruleSet` with this configuration's `disable` and `severity` applied; an id that names no rule
  /// of the set is a located error with a did-you-mean.
  public func apply(to ruleSet: RuleSet) throws(FileLoadError) -> ConfiguredRuleSet {
    let ids = ruleSet.rules.map(\.id.value)
    let known = Set(ids)
    var problems: [Diagnostic] = []
    func check(_ id: Located<String>, in key: String) -> Bool {
      if known.contains(id.value) { return true }
      problems.append(
        Diagnostic(
          at: id.location, "unknown rule '\(id.value)' in '\(key)'",
          hint: Suggestion.didYouMean(id.value, among: ids)
            ?? "'closeout rules list' shows the ids of the rules loaded"))
      return false
    }
    var changes: [String: ConfiguredRuleSet.Change] = [:]
    for id in disabled where check(id, in: "disable") { changes[id.value, default: .init()].disabled = true }
    var severityByID: [String: Severity] = [:]
    for change in severities where check(change.rule, in: "severity") {
      severityByID[change.rule.value] = change.severity.value
    }
    guard problems.isEmpty else { throw FileLoadError(diagnostics: problems, sources: [file: source]) }
    var effective = ruleSet
    effective.limits = limits
    effective.rules = ruleSet.rules.compactMap { rule in
      var rule = rule
      if let severity = severityByID[rule.id.value], severity != rule.severity {
        changes[rule.id.value, default: .init()].originalSeverity = rule.severity
        rule.severity = severity
      }
      return changes[rule.id.value]?.disabled == true ? nil : rule
    }
    var configured = ConfiguredRuleSet(
      effective: effective, loaded: ruleSet, changes: changes, configuration: self)
    configured.warnings = emptiedSteps(of: ruleSet, keeping: Set(effective.rules.map(\.id.value)))
    return configured
  }

  /// A warning for each step of `ruleSet` that has rules, none of them `kept`, at the first entry
  /// of `disable` that names one of them.
  private func emptiedSteps(of ruleSet: RuleSet, keeping kept: Set<String>) -> [Diagnostic] {
    let rulesByStep = Dictionary(grouping: ruleSet.rules, by: \.step)
    return ruleSet.steps.compactMap { step in
      guard let rules = rulesByStep[step.id.value], rules.allSatisfy({ !kept.contains($0.id.value) }) else {
        return nil
      }
      let ids = Set(rules.map(\.id.value))
      let first = disabled.first { ids.contains($0.value) }
      return Diagnostic(
        .warning, at: first?.location,
        "'disable' turns off every rule of the step '\(step.id.value)': it can then never block or warn",
        hint:
          "keep at least one of its rules (\(rules.map(\.id.value).joined(separator: ", "))) if the step matters"
      )
    }
  }
}
