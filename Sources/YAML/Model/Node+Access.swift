/// Convenience accessors for loaders that walk a `Node` tree.
extension Node {
  /// The scalar, if this is a scalar node.
  public var scalar: Scalar? {
    if case .scalar(let scalar) = kind { return scalar }
    return nil
  }

  /// The items, if this is a sequence node.
  public var sequence: [Node]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  /// The pairs, if this is a mapping node.
  public var mapping: [Pair]? {
    if case .mapping(let pairs) = kind { return pairs }
    return nil
  }

  /// The resolved scalar value, if this is a scalar node.
  public var resolved: ResolvedScalar? {
    scalar?.resolved
  }

  /// The text, if this is a scalar that resolved to a string.
  public var string: String? {
    guard let scalar, scalar.isString else { return nil }
    return scalar.text
  }

  /// Whether this is a scalar that resolved to null.
  public var isNull: Bool {
    scalar?.resolved == .null
  }

  /// The value for a string key in a mapping node (`nil` for other nodes or a missing key).
  ///
  /// Keys match as they do for duplicate detection: `node["1"]` finds `"1": x` and `'1': x`
  /// but not the integer key in `1: x`.
  public subscript(key: String) -> Node? {
    guard case .mapping(let pairs) = kind else { return nil }
    for pair in pairs {
      if let candidate = pair.key.scalar, candidate.isString, candidate.text.utf8.elementsEqual(key.utf8) {
        return pair.value
      }
    }
    return nil
  }

  /// The item at `index` in a sequence node, or `nil` when out of range or not a sequence.
  public subscript(index: Int) -> Node? {
    guard case .sequence(let items) = kind, items.indices.contains(index) else { return nil }
    return items[index]
  }
}
