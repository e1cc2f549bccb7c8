/// Field names looked for together in many maps (the properties a schema declares for an
/// object): a map's entries are walked once and each string key is looked up among the names,
/// which costs less than looking every name up in the map when most of them are there.
public struct FieldTable: Sendable {
  /// The names, in the order positions refer to.
  public let names: [FieldName]
  /// A table of `names`.
  public init(_ names: [FieldName]) {
    self.names = names
  }

  /// The position among `names` of the map key `key`, whose `FieldName` hash is `hash`: the
  /// hashes first, then the names, as a map compares its keys.
  @inlinable
  func position(ofKey key: Value, hash: UInt64) -> Int? {
    for position in names.indices where names[position].hash == hash {
      if case .string(let text) = key, names[position].isName(text) {
        return position
      }
    }
    return nil
  }
}

extension MapValue {
  /// Calls `body` on the value of every entry whose key is one of `table`'s names, with the name's
  /// position in the table, letting it change the value in place: how a document read from a
  /// file is completed with what its schema declares. When `body` returns true, the entry is
  /// marked as filled in by a default from then on, as `appendDefault` marks its entries.
  public mutating func updateEntries(
    named table: FieldTable, _ body: (_ position: Int, _ value: inout Value) -> Bool
  ) {
    for entry in entryList.indices where entryList[entry].hash != 0 {
      guard let position = table.position(ofKey: entryList[entry].key, hash: entryList[entry].hash) else {
        continue
      }
      if body(position, &entryList[entry].value) { entryList[entry].isDefault = true }
    }
  }

  /// The value of the entry at `position` in insertion order (`0..<count`), with whether a
  /// schema's default filled it in (appended it, or replaced a null the source wrote): what a walk
  /// over the document as written reads, entry by entry, without copying the entries into an
  /// array (nor the key, which `key(at:)` gives).
  public func value(at position: Int) -> (value: Value, isDefault: Bool) {
    (entryList[position].value, entryList[position].isDefault)
  }

  /// The key of the entry at `position` in insertion order (`0..<count`).
  public func key(at position: Int) -> Value {
    entryList[position].key
  }

  /// The value the map's source wrote at `key`: nil when it is absent or a schema's default filled
  /// it in. What `.?` and `[?]` read, as they read a message's field only when `has()` is true.
  public func writtenValue(at key: Value) -> Value? {
    guard let mapKey = MapKey(lookingUp: key), let position = position(of: mapKey),
      !entryList[position].isDefault
    else { return nil }
    return entryList[position].value
  }

  /// Makes room for `count` entries in all, before several are added.
  public mutating func reserveCapacity(_ count: Int) {
    entryList.reserveCapacity(count)
  }

  /// Adds `value` at `field`, a string key the map must not have, as filled in by a schema's
  /// default: selecting the field reads it, and so do `in`, `size` and iteration, but `has()`
  /// does not see it.
  public mutating func appendDefault(_ field: FieldName, _ value: Value) {
    guard position(ofField: field) == nil else { return }
    append(MapValueEntry(key: .string(field.name), value: value, hash: field.hash, isDefault: true))
  }
}
