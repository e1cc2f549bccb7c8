import Dispatch

/// How long one rule took over a run.
public struct RuleTiming: Sendable {
  /// The rule's id.
  public var rule: String
  /// Mean nanoseconds per evaluation: its `let`s as used, its condition and, when it fired, its
  /// message and next step.
  public var nanosecondsPerEvaluation: Double
  /// How many evaluations were timed.
  public var evaluations: Int
}

extension Engine {
  /// The time each rule takes on `snapshots`, each evaluated `repetitions` times, slowest first:
  /// finds the rule that would slow a pipeline. A shared `let` is timed with the first rule that
  /// uses it on a snapshot. Each evaluation is timed on its own, so every figure
  /// includes a clock read of a few tens of nanoseconds.
  public func ruleTimings(on snapshots: [Snapshot], repetitions: Int = 1) -> [RuleTiming] {
    var totals = [UInt64](repeating: 0, count: rules.count)
    guard let first = rules.first else { return [] }
    for snapshot in snapshots {
      let evaluation = RuleEvaluation(
        environment: first.rule.environment, variables: variables, shared: ruleSet.lets,
        limits: ruleSet.limits)
      for _ in 0..<max(1, repetitions) {
        // Afresh each time: a shared `let` counts for the first rule that uses it.
        evaluation.start(snapshot)
        for (index, prepared) in rules.enumerated() {
          let start = DispatchTime.now().uptimeNanoseconds
          _ = evaluation.run(prepared)
          totals[index] += DispatchTime.now().uptimeNanoseconds - start
        }
      }
    }
    let evaluations = snapshots.count * max(1, repetitions)
    return zip(rules, totals).map { prepared, total in
      RuleTiming(
        rule: prepared.rule.id.value,
        nanosecondsPerEvaluation: evaluations == 0 ? 0 : Double(total) / Double(evaluations),
        evaluations: evaluations)
    }.sorted { $0.nanosecondsPerEvaluation > $1.nanosecondsPerEvaluation }
  }
}
