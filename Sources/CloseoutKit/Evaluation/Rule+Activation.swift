import CEL

extension Rule {
  /// A fresh activation for evaluating this rule on its own: the snapshot's variables bound, the
  /// rule's `let`s bound lazily. (A check shares one activation across rules instead.)
  func activation(on snapshot: Snapshot) -> Activation {
    let activation = Activation(environment: environment)
    SnapshotVariables.bind(snapshot, shared: sharedLets, into: activation)
    for binding in lets { activation.setLazy(binding.slot, binding.expression.program) }
    return activation
  }
}
