/// Which rules the cases exercise: a rule is covered when some case expects it to fire and some
/// case expects it to stay silent.
public struct RuleCoverage: Sendable {
  /// Every rule id, in rule order.
  public var rules: [String]
  /// Rules that no case expects to fire (in `fires` or `messages`).
  public var neverFires: [String]
  /// Rules that no case expects to stay silent.
  public var neverSilent: [String]

  /// The coverage of `ruleSet`'s rules by `cases`.
  public init(ruleSet: RuleSet, cases: [RuleTestCase]) {
    rules = ruleSet.rules.map(\.id.value)
    let firing = Set(cases.flatMap(\.expectations.firingRules))
    let silent = Set(cases.flatMap { $0.expectations.silent.map(\.value) })
    neverFires = rules.filter { !firing.contains($0) }
    neverSilent = rules.filter { !silent.contains($0) }
  }

  /// How many rules have both a firing and a silent case.
  public var covered: Int { rules.filter { !neverFires.contains($0) && !neverSilent.contains($0) }.count }

  /// The share of covered rules, 0 to 100 (100 for a rule set without rules).
  public var percent: Double { rules.isEmpty ? 100 : Double(covered) * 100 / Double(rules.count) }
}
