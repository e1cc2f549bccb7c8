/// Where a variable node or a loop-variable node reads its value in the activation, so that the
/// nodes looking into a map there (`x.f`, `has(x.f)`) read it straight from the activation
/// instead of through the node's `eval`.
enum Place {
  case variable(slot: Int)
  case local(index: Int)

  /// The place `node` reads, if it is a variable node or a loop-variable node.
  init?(readBy node: any Interpretable) {
    switch node {
    case let variable as VariableNode: self = .variable(slot: variable.slot)
    case let local as LocalNode: self = .local(index: local.index)
    default: return nil
    }
  }

  /// The result of `body` on the map that the place holds, or nil when it holds no map value
  /// (yet): a lazy variable not computed, another kind of value, nothing bound.
  @inline(__always)
  func withMap<Result>(in activation: Activation, _ body: (MapValue) -> Result) -> Result? {
    switch self {
    case .variable(let slot):
      guard slot < activation.slotCount, case .value(.map(let map)) = activation.bindings[slot] else {
        return nil
      }
      return body(map)
    case .local(let index):
      guard case .map(let map) = activation.locals[activation.frameBase + index] else { return nil }
      return body(map)
    }
  }

  /// The result of `body` on the value that the place holds, or nil when it holds none (yet): a
  /// lazy variable not computed or failed, nothing bound. `body` must only read the value, which
  /// is the activation's own: a test of its kind or of a scalar payload then copies nothing.
  @inline(__always)
  func withValue<Result>(in activation: Activation, _ body: (Value) -> Result) -> Result? {
    switch self {
    case .variable(let slot):
      guard slot < activation.slotCount, case .value(let value) = activation.bindings[slot] else {
        return nil
      }
      return body(value)
    case .local(let index):
      return body(activation.locals[activation.frameBase + index])
    }
  }
}

/// Where a node reads a value that the activation holds, so that a node testing it (`x == null`,
/// `m.status == 'open'`) can test it there instead of copying it out: a variable, a loop
/// variable, or a field of a map that one of those holds.
struct ValuePlace {
  let place: Place
  /// The field of the map at `place`, or nil for the value at `place` itself.
  let field: FieldName?

  /// The place `node` reads, if it is a variable node, a loop-variable node or the selection of
  /// a field on one.
  init?(readBy node: any Interpretable) {
    if let select = node as? SelectNode {
      guard let place = select.place else { return nil }
      self.place = place
      field = select.field
    } else {
      guard let place = Place(readBy: node) else { return nil }
      self.place = place
      field = nil
    }
  }

  /// The result of `body` on the value at the place, or nil when there is none (see
  /// `Place.withValue`), or no such field: the node evaluated then reports what is wrong.
  @inline(__always)
  func withValue<Result>(in activation: Activation, _ body: (Value) -> Result) -> Result? {
    guard let field else { return place.withValue(in: activation, body) }
    return place.withMap(in: activation) { $0.withValue(ofField: field, body) } ?? nil
  }
}
