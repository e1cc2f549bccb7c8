/// What a loop iterates, taken apart once before its first iteration, and where each iteration
/// puts it: one variable takes a list's elements or a map's keys; of two variables, the first
/// takes a list's indices or a map's keys and the second the elements or the values.
struct LoopItems {
  /// A list's elements or a map's keys (one variable); the elements or the values (two).
  let values: [Value]
  /// A map's keys in a two-variable loop; nil otherwise (over a list the index is the key).
  let keys: [Value]?

  /// Takes the range apart; it is consumed, so that a list hands over its elements without a
  /// retain of their array. `pairs` is true for a two-variable loop.
  init(_ range: consuming Value, pairs: Bool, at location: Location) throws(EvalError) {
    let kind = range.kind
    switch consume range {
    case .list(let items):
      (values, keys) = (items, nil)
    case .map(let map):
      (values, keys) = pairs ? (map.entryList.map(\.value), map.keys) : (map.keys, nil)
    default:
      throw EvalError("cannot iterate over a value of type '\(kind.typeName)'")
        .located(id: location.id, offset: location.offset)
    }
  }

  /// The positions of the iterations.
  var indices: Range<Int> { values.indices }

  /// The number of iterations.
  var count: Int { values.count }

  /// The value of the first variable at `index` in a two-variable loop: the key or the index.
  @inline(__always)
  func key(at index: Int) -> Value {
    keys?[index] ?? .int(Int64(index))
  }

  /// Binds the variables of iteration `index`: the one variable at `slots.first`, or both.
  @inline(__always)
  func bind(_ index: Int, to slots: LoopSlots, in activation: Activation) {
    if let second = slots.second {
      activation.locals.set(slots.first, key(at: index))
      activation.locals.set(second, values[index])
    } else {
      activation.locals.set(slots.first, values[index])
    }
  }
}

/// The slots of a loop's variables in the running frame: `second` only in a two-variable loop.
struct LoopSlots {
  let first: Int
  let second: Int?

  /// The slots of variables planned at `first` and `second` (frame-relative) in `activation`.
  @inline(__always)
  init(_ first: Int, _ second: Int?, in activation: Activation) {
    self.first = activation.frameBase + first
    self.second = second.map { activation.frameBase + $0 }
  }
}
