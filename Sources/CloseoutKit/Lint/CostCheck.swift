import CEL

/// The static half of the evaluation budget: before any snapshot is read, estimates the most each
/// rule and step may cost on a snapshot within the schema's sizes (`maxItems`, `maxLength`, or the
/// documented defaults), and reports those whose estimate is over the cost limit, located at
/// their most expensive expression.
///
/// A rule's estimate adds its own expressions and `let`s and the shared `let`s it uses, each
/// counted once, as evaluation runs each at most once per snapshot.
struct CostCheck {
  let limits: EvaluationLimits
  let hints: SizeHints
  /// The shared `let`s' estimates, by name, in order of declaration.
  private var shared: [String: CostEstimate] = [:]
  private var problems: [Diagnostic] = []

  /// The problems of every rule and step of `ruleSet` over `limits.cost`.
  static func problems(in ruleSet: RuleSet, limits: EvaluationLimits) -> [Diagnostic] {
    var check = CostCheck(limits: limits, hints: ruleSet.validationSchema.sizeHints)
    guard
      let environment = ruleSet.rules.first?.environment ?? ruleSet.steps.lazy.compactMap(\.environment).first
    else { return [] }
    for binding in ruleSet.lets {
      if let estimate = check.estimate(binding.expression, in: environment, known: check.shared) {
        check.shared[binding.name.value] = estimate
      }
    }
    for rule in ruleSet.rules {
      check.check("rule '\(rule.id.value)'", lets: rule.lets, rule.expressions, in: rule.environment)
    }
    for step in ruleSet.steps {
      guard let environment = step.environment else { continue }
      check.check("step '\(step.id.value)'", lets: step.lets, step.expressions, in: environment)
    }
    return check.problems
  }

  private init(limits: EvaluationLimits, hints: SizeHints) {
    self.limits = limits
    self.hints = hints
  }

  /// Estimates one rule's or step's expressions and reports it when the total is over the limit.
  private mutating func check(
    _ what: String, lets: [Rule.Binding], _ expressions: [Expression], in environment: Environment
  ) {
    var known = shared
    var costs: [(expression: Expression, cost: Int)] = []
    var used: Set<String> = []
    for binding in lets {
      guard let estimate = estimate(binding.expression, in: environment, known: known) else { continue }
      known[binding.name.value] = estimate
      costs.append((binding.expression, estimate.cost))
      used.formUnion(estimate.references)
    }
    for expression in expressions {
      guard let estimate = estimate(expression, in: environment, known: known) else { continue }
      costs.append((expression, estimate.cost))
      used.formUnion(estimate.references)
    }
    // The shared `let`s used, directly or through other shared `let`s, each once.
    var pending = Array(used)
    var counted: Set<String> = []
    var total = costs.reduce(0) { Self.add($0, $1.cost) }
    while let name = pending.popLast() {
      guard let estimate = shared[name], counted.insert(name).inserted else { continue }
      total = Self.add(total, estimate.cost)
      pending += estimate.references
    }
    guard total > limits.cost, let costliest = costs.max(by: { $0.cost < $1.cost }) else { return }
    problems.append(
      Diagnostic(
        at: costliest.expression.location,
        "\(what) may cost up to \(total) units on one snapshot, over the limit of \(limits.cost)",
        hint: "the estimate assumes lists of 'maxItems' items and strings of 'maxLength' characters as the"
          + " schema sets them (else \(SnapshotSchema.defaultMaxItems) and \(SnapshotSchema.defaultMaxLength));"
          + " filter lists before nesting loops over them, bound the schema, or raise 'limits.cost'"))
  }

  /// The estimate of one expression, from the syntax tree it was compiled from.
  private func estimate(_ expression: Expression, in environment: Environment, known: [String: CostEstimate])
    -> CostEstimate?
  {
    environment.estimateCost(of: expression.parsed.root, hints: hints, known: known)
  }

  private static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
  }
}

extension Template {
  /// The template's expressions, in order.
  var expressions: [Expression] {
    parts.compactMap { if case .expression(let expression) = $0 { expression } else { nil } }
  }
}

extension ConfiguredRuleSet {
  /// The rules and steps whose estimated cost is over the configured cost limit: a rule set with
  /// any is refused, as one that does not load is, so that no runaway rule ever runs.
  public var costProblems: [Diagnostic] { CostCheck.problems(in: effective, limits: effective.limits) }

  /// `costProblems`, except for the built-in rules alone within the default limit: they were
  /// estimated when they were built (their lint in CI and `RuleLinterTests`), so a plain check
  /// does not estimate them again.
  public func costProblems(selected selection: RuleSelection) -> [Diagnostic] {
    let builtInAlone = selection.includesDefaultRules && selection.directories.isEmpty
    return builtInAlone && effective.limits.cost >= EvaluationLimits.default.cost ? [] : costProblems
  }
}
