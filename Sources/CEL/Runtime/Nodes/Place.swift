/// Where a variable node or a loop-variable node reads its value in the activation, so that the
/// nodes looking into a map there (`x.f`, `has(x.f)`) can read it in place: evaluating the node
/// would copy the map out, a retain and a release per lookup.
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

  /// The result of `body` on the storage of the map that the place holds, or nil when it holds
  /// no map value (yet): a lazy variable not computed, another kind of value, nothing bound.
  @inline(__always)
  func withMap<Result>(in activation: Activation, _ body: (MapStorage) -> Result) -> Result? {
    let storage: Unmanaged<MapStorage>
    switch self {
    case .variable(let slot):
      guard slot < activation.names.count, case .value(.map(let map)) = activation.bindings[slot] else {
        return nil
      }
      storage = .passUnretained(map.storage)
    case .local(let index):
      guard case .map(let map) = activation.locals[activation.frameBase + index] else { return nil }
      storage = .passUnretained(map.storage)
    }
    // The place keeps the map alive, and nothing changes the place while the body only reads.
    return storage._withUnsafeGuaranteedRef(body)
  }
}
