extension MapValue {
  /// A map of `count` string keys known to be distinct, whose entries `field(at:)` hands over
  /// one position at a time (0 up to `count`), each key with its hash computed in advance: the
  /// form in which a reader that has rejected duplicate keys and hashed them builds a mapping.
  /// Nothing is searched or hashed, and no intermediate collection is made. Distinctness is the
  /// caller's promise; it is only checked in debug builds.
  @inlinable
  public init(distinctFieldCount count: Int, field: (_ at: Int) -> (FieldName, Value)) {
    var entries: [MapValueEntry] = []
    entries.reserveCapacity(count)
    for position in 0..<count {
      let (name, value) = field(position)
      entries.append(MapValueEntry(key: .string(name.name), value: value, hash: name.hash))
    }
    self.init(distinctEntries: entries)
  }
}

extension MapValue {
  /// Adds an entry whose key must be new, as the map-building loops (`transformMap`,
  /// `transformMapEntry`) and `cel.@mapInsert` do: an invalid key type or a key already present
  /// is an error.
  mutating func insertNew(checking key: Value, _ value: Value) throws(EvalError) {
    guard MapKey(storing: key) != nil else { throw EvalError.unsupportedKeyType(key) }
    guard insertNew(key, value) else { throw EvalError.keyAlreadyExists(key) }
  }

  /// Adds every entry of `entries`, each of whose keys must be new.
  mutating func insertNew(entriesOf entries: Value) throws(EvalError) {
    guard case .map(let added) = entries else { throw EvalError.notAMapOfEntries(entries) }
    for entry in added.entryList { try insertNew(checking: entry.key, entry.value) }
  }
}
