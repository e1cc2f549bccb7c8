/// The slot of the activation where a variable node or a loop-variable node reads its value, so that the
/// nodes looking into a map there (`x.f`, `has(x.f)`) read it straight from the activation
/// instead of through the node's `eval`.
enum ActivationSlot {
  case variable(slot: Int)
  case local(index: Int)

  /// The slot `node` reads, if it is a variable node or a loop-variable node.
  init?(readBy node: any Interpretable) {
    switch node {
    case let variable as VariableNode: self = .variable(slot: variable.slot)
    case let local as LocalNode: self = .local(index: local.index)
    default: return nil
    }
  }

  /// The result of `body` on the map that the slot holds, or nil when it holds no map value
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

  /// The result of `body` on the value that the slot holds, or nil when it holds none (yet): a
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

/// The path to a value the activation holds, which a node reads, so that a node testing it (`x == null`,
/// `m.status == 'open'`) can test it there instead of copying it out: a variable, a loop
/// variable, or a field of a map that one of those holds.
struct SlotPath {
  let slot: ActivationSlot
  /// The field of the map in `slot`, or nil for the value in `slot` itself.
  let field: FieldName?

  /// The slot `node` reads, if it is a variable node, a loop-variable node or the selection of
  /// a field on one.
  init?(readBy node: any Interpretable) {
    if let select = node as? SelectNode {
      guard let slot = select.slot else { return nil }
      self.slot = slot
      field = select.field
    } else {
      guard let slot = ActivationSlot(readBy: node) else { return nil }
      self.slot = slot
      field = nil
    }
  }

  /// The result of `body` on the value at the path, or nil when there is none (see
  /// `ActivationSlot.withValue`), or no such field: the node evaluated then reports what is wrong.
  @inline(__always)
  func withValue<Result>(in activation: Activation, _ body: (Value) -> Result) -> Result? {
    guard let field else { return slot.withValue(in: activation, body) }
    return slot.withMap(in: activation) { $0.withValue(ofField: field, body) } ?? nil
  }
}
