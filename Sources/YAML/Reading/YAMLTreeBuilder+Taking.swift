/// Defaults for a builder that does not take children over itself: they are moved into arrays,
/// which its slice-based methods then see.
extension YAMLTreeBuilder {
  /// Moves the items into an array and calls `sequence(_:info:)`.
  @inlinable
  public mutating func sequence(taking items: UnsafeMutableBufferPointer<Output>, info: NodeInfo)
    throws(YAMLError) -> Output
  {
    try sequence(Self.moved(items)[...], info: info)
  }

  /// Moves the entries into arrays and calls `mapping(_:info:)`.
  @inlinable
  public mutating func mapping(taking entries: OwnedMappingEntries<Output>, info: NodeInfo)
    throws(YAMLError) -> Output
  {
    let keys = Self.moved(entries.keys)
    let values = Self.moved(entries.values)
    let entries = MappingEntries(
      keys: keys[...], keyHashes: ArraySlice(entries.keyHashes), values: values[...])
    return try mapping(entries, info: info)
  }

  /// An array that takes over the elements of `buffer`, leaving it deinitialised.
  @inlinable
  static func moved<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) -> [Element] {
    guard let source = buffer.baseAddress, !buffer.isEmpty else { return [] }
    return Array(unsafeUninitializedCapacity: buffer.count) { target, count in
      target.baseAddress!.moveInitialize(from: source, count: buffer.count)
      count = buffer.count
    }
  }
}
