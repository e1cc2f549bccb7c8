/// `all(x, p)` and `exists(x, p)` (or `all(k, v, p)`, `exists(k, v, p)`): stop at the first
/// element that decides the answer; an error only surfaces when no element decides it.
final class QuantifierNode: Interpretable {
  let range: any Interpretable
  let predicate: any Interpretable
  let iterIndex: Int
  /// The second variable's slot in a two-variable loop.
  let valueIndex: Int?
  /// True for `all`, false for `exists`.
  let isUniversal: Bool
  /// The cost units each iteration charges.
  let iterationCost: Int
  let location: Location

  init(
    range: any Interpretable, predicate: any Interpretable, iterIndex: Int, valueIndex: Int?,
    isUniversal: Bool, iterationCost: Int, at location: Location
  ) {
    self.range = range
    self.predicate = predicate
    self.iterIndex = iterIndex
    self.valueIndex = valueIndex
    self.isUniversal = isUniversal
    self.iterationCost = iterationCost
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let items = try LoopItems(try range.eval(activation), pairs: valueIndex != nil, at: location)
    let slots = LoopSlots(iterIndex, valueIndex, in: activation)
    var firstError: EvalError?
    for index in items.indices {
      try charge(activation)
      items.bind(index, to: slots, in: activation)
      do {
        let value = try predicate.eval(activation)
        if case .bool(let b) = value {
          if b != isUniversal { return .bool(b) }
        } else if firstError == nil {
          firstError = EvalError.noSuchOverload(isUniversal ? "_&&_" : "_||_", value)
            .located(id: location.id, offset: location.offset)
        }
      } catch {
        // A spent budget ends the loop: absorbing it would only run the rest for nothing.
        if activation.meter.isExhausted { throw error }
        if firstError == nil { firstError = error }
      }
    }
    if let firstError { throw firstError }
    return .bool(isUniversal)
  }
}

/// `exists_one(x, p)` (or `existsOne(k, v, p)`): exactly one element satisfies `p`; every element
/// is tested.
final class ExistsOneNode: Interpretable {
  let range: any Interpretable
  let predicate: any Interpretable
  let iterIndex: Int
  /// The second variable's slot in a two-variable loop.
  let valueIndex: Int?
  /// The cost units each iteration charges.
  let iterationCost: Int
  let location: Location

  init(
    range: any Interpretable, predicate: any Interpretable, iterIndex: Int, valueIndex: Int?,
    iterationCost: Int, at location: Location
  ) {
    self.range = range
    self.predicate = predicate
    self.iterIndex = iterIndex
    self.valueIndex = valueIndex
    self.iterationCost = iterationCost
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let items = try LoopItems(try range.eval(activation), pairs: valueIndex != nil, at: location)
    let slots = LoopSlots(iterIndex, valueIndex, in: activation)
    var count = 0
    for index in items.indices {
      try charge(activation)
      items.bind(index, to: slots, in: activation)
      switch try predicate.eval(activation) {
      case .bool(true): count += 1
      case .bool(false): break
      case let other:
        throw EvalError.noSuchOverload("_?_:_", other).located(id: location.id, offset: location.offset)
      }
    }
    return .bool(count == 1)
  }
}

/// `map(x, f)`, `map(x, p, f)`, `filter(x, p)` and `transformList(i, v, [p,] f)`: the list of `f`
/// (or of a loop variable itself) for the elements that pass `p`.
final class CollectNode: Interpretable {
  let range: any Interpretable
  let filter: (any Interpretable)?
  /// nil keeps the loop variable at `keptIndex` itself (`filter`).
  let transform: (any Interpretable)?
  let iterIndex: Int
  /// The second variable's slot in a two-variable loop.
  let valueIndex: Int?
  /// The slot of the variable kept when there is no transform.
  let keptIndex: Int
  /// The cost units each iteration charges.
  let iterationCost: Int
  let location: Location

  init(
    range: any Interpretable, filter: (any Interpretable)?, transform: (any Interpretable)?,
    iterIndex: Int, valueIndex: Int?, keptIndex: Int, iterationCost: Int, at location: Location
  ) {
    self.range = range
    self.filter = filter
    self.transform = transform
    self.iterIndex = iterIndex
    self.valueIndex = valueIndex
    self.keptIndex = keptIndex
    self.iterationCost = iterationCost
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let items = try LoopItems(try range.eval(activation), pairs: valueIndex != nil, at: location)
    let slots = LoopSlots(iterIndex, valueIndex, in: activation)
    let kept = activation.frameBase + keptIndex
    // Room for every element at once where each is kept (no filter), else at the first one
    // kept, rather than regrowing the list as it fills.
    var result: [Value] = []
    if filter == nil { result.reserveCapacity(items.count) }
    for index in items.indices {
      try charge(activation)
      items.bind(index, to: slots, in: activation)
      if let filter {
        switch try filter.eval(activation) {
        case .bool(true): if result.isEmpty { result.reserveCapacity(items.count - index) }
        case .bool(false): continue
        case let other:
          throw EvalError.noSuchOverload("_?_:_", other).located(id: location.id, offset: location.offset)
        }
      }
      if let transform {
        result.append(try transform.eval(activation))
      } else {
        // The element kept moves from the loop variable into the list: nothing reads the loop
        // variable again before the next element replaces it.
        result.append(activation.locals.exchange(kept, .null))
      }
    }
    return .list(result)
  }
}

/// Any other comprehension, run exactly as the lowered loop says; a failed step leaves its
/// error in the accumulator for the next step (or the result) to absorb or raise.
final class ComprehensionNode: Interpretable {
  let range: any Interpretable
  let accuInit: any Interpretable
  let loopCondition: any Interpretable
  let loopStep: any Interpretable
  let result: any Interpretable
  let iterIndex: Int
  /// The second variable's slot in a two-variable loop.
  let valueIndex: Int?
  let accuIndex: Int
  /// The cost units each iteration charges.
  let iterationCost: Int
  let location: Location

  init(
    range: any Interpretable, accuInit: any Interpretable, loopCondition: any Interpretable,
    loopStep: any Interpretable, result: any Interpretable, iterIndex: Int, valueIndex: Int?, accuIndex: Int,
    iterationCost: Int, at location: Location
  ) {
    self.iterationCost = iterationCost
    self.range = range
    self.accuInit = accuInit
    self.loopCondition = loopCondition
    self.loopStep = loopStep
    self.result = result
    self.iterIndex = iterIndex
    self.valueIndex = valueIndex
    self.accuIndex = accuIndex
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let items = try LoopItems(try range.eval(activation), pairs: valueIndex != nil, at: location)
    let slots = LoopSlots(iterIndex, valueIndex, in: activation)
    let accuSlot = activation.frameBase + accuIndex
    do {
      activation.locals.set(accuSlot, try accuInit.eval(activation))
      activation.localErrors.set(accuSlot, nil)
    } catch {
      activation.localErrors.set(accuSlot, error)
    }
    for index in items.indices {
      try charge(activation)
      items.bind(index, to: slots, in: activation)
      switch try loopCondition.eval(activation) {
      case .bool(true): break
      case .bool(false): return try result.eval(activation)
      case let other:
        throw EvalError("loop condition must be a bool, not \(other.kind.typeName)")
          .located(id: location.id, offset: location.offset)
      }
      do {
        let next = try loopStep.eval(activation)
        activation.locals.set(accuSlot, next)
        activation.localErrors.set(accuSlot, nil)
      } catch {
        if activation.meter.isExhausted { throw error }
        activation.localErrors.set(accuSlot, error)
      }
    }
    return try result.eval(activation)
  }
}

/// A loop node that charges each iteration's cost to the activation's meter.
protocol MeteredLoop {
  var iterationCost: Int { get }
  var location: Location { get }
}

extension MeteredLoop {
  /// Charges one iteration; fails, located at the loop, once the budget is spent.
  @inline(__always)
  func charge(_ activation: Activation) throws(EvalError) {
    do {
      try activation.meter.charge(iterationCost)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}

extension QuantifierNode: MeteredLoop {}
extension ExistsOneNode: MeteredLoop {}
extension CollectNode: MeteredLoop {}
extension ComprehensionNode: MeteredLoop {}
