/// Reads a declared variable by slot.
final class VariableNode: Interpretable {
  let slot: Int
  let location: Location

  init(slot: Int, at location: Location) {
    self.slot = slot
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    do {
      return try activation.value(at: slot)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

/// Reads a comprehension's loop variable from the running frame.
final class LocalNode: Interpretable {
  let index: Int

  init(index: Int) { self.index = index }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    activation.locals[activation.frameBase + index]
  }
}

/// Reads a comprehension's accumulator, which may hold the error of a failed step.
final class AccumulatorNode: Interpretable {
  let index: Int

  init(index: Int) { self.index = index }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let position = activation.frameBase + index
    if let error = activation.localErrors[position] { throw error }
    return activation.locals[position]
  }
}
