/// The working memory of checks run one after another on one thread: the activation, its
/// comprehension frames and the checklist's scratch space, allocated once instead of for every
/// snapshot. A batch (the command line's, a pipeline's) makes one per thread with
/// `Engine.makeContext()` and passes it to `Engine.check(_:in:)`.
///
/// A context is not shared between threads. Between checks it still refers to the values of the
/// last snapshot checked.
public final class CheckContext {
  let evaluation: RuleEvaluation?
  /// The findings of the check under way.
  let fired: FiredFindings
  /// The words of the texts the check under way has matched against word lists.
  let words = TextWordsMemory()

  init(_ engine: Engine) {
    let environment =
      engine.rules.first?.rule.environment ?? engine.ruleSet.steps.lazy.compactMap(\.environment).first
    evaluation = environment.map {
      RuleEvaluation(
        environment: $0, variables: engine.variables, shared: engine.ruleSet.lets,
        limits: engine.ruleSet.limits)
    }
    fired = FiredFindings(capacity: engine.rules.count)
  }
}

extension Engine {
  /// A context for checking many snapshots on the calling thread.
  public func makeContext() -> CheckContext {
    CheckContext(self)
  }
}
