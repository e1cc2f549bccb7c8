/// `transformMap(k, v, [p,] f)`: the map from each key (a list's index, a map's key) to its `f`;
/// `transformMapEntry(k, v, [p,] e)`: the map of the entries of every map `e`. Only the elements
/// that pass `p` count, and a key added twice is an error.
final class TransformMapNode: Interpretable {
  let range: any Interpretable
  let filter: (any Interpretable)?
  /// The value of the key (`transformMap`), or the map of entries to add (`transformMapEntry`).
  let transform: any Interpretable
  /// True for `transformMapEntry`.
  let addsEntries: Bool
  let iterIndex: Int
  /// The second variable's slot in a two-variable loop.
  let valueIndex: Int?
  /// The cost units each iteration charges.
  let iterationCost: Int
  let location: Location

  init(
    range: any Interpretable, filter: (any Interpretable)?, transform: any Interpretable, addsEntries: Bool,
    iterIndex: Int, valueIndex: Int?, iterationCost: Int, at location: Location
  ) {
    self.range = range
    self.filter = filter
    self.transform = transform
    self.addsEntries = addsEntries
    self.iterIndex = iterIndex
    self.valueIndex = valueIndex
    self.iterationCost = iterationCost
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let items = try LoopItems(try range.eval(activation), pairs: valueIndex != nil, at: location)
    let slots = LoopSlots(iterIndex, valueIndex, in: activation)
    var result = MapValue()
    for index in items.indices {
      try charge(activation)
      items.bind(index, to: slots, in: activation)
      if let filter {
        switch try filter.eval(activation) {
        case .bool(true): break
        case .bool(false): continue
        case let other:
          throw EvalError.noSuchOverload("_?_:_", other).located(id: location.id, offset: location.offset)
        }
      }
      let value = try transform.eval(activation)
      do {
        if addsEntries {
          try result.insertNew(entriesOf: value)
        } else {
          try result.insertNew(
            checking: valueIndex == nil ? items.values[index] : items.key(at: index), value)
        }
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    return .map(result)
  }
}

extension TransformMapNode: MeteredLoop {}
