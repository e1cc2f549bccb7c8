extension MapValue {
  /// A map of `count` string keys known to be distinct, whose entries `field(at:)` hands over
  /// one position at a time (0 up to `count`), each key with its hash computed in advance: the
  /// form in which a reader that has rejected duplicate keys and hashed them builds a mapping.
  /// Nothing is searched or hashed, and no intermediate collection is made. Distinctness is the
  /// caller's promise; it is only checked in debug builds.
  @inlinable
  public init(distinctFieldCount count: Int, field: (_ at: Int) -> (FieldName, Value)) {
    // Filled through a local reference and stored last, which spares a retain and a release
    // of the new storage.
    let storage = MapStorage.make(capacity: count)
    let elements = storage.elements
    for position in 0..<count {
      let (name, value) = field(position)
      (elements + position).initialize(
        to: MapValueEntry(key: .string(name.name), value: value, hash: name.hash))
    }
    storage.finishDistinct(count: count)
    self.storage = storage
  }
}
