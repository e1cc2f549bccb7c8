/// A CEL map: insertion-ordered, keyed by `int`, `uint`, `bool` or `string` values, with CEL's
/// numeric key equality (`1`, `1u` and `1.0` find the same entry).
///
/// The entries live in one copy-on-write storage object, so copying a map (or a `Value` holding
/// one) costs a single retain. Each string key carries its `FieldName` hash, so small maps (the
/// usual snapshot record) are searched by comparing integers, which beats hashing the key; a
/// hash index is built once a map grows past `indexThreshold` entries.
public struct MapValue: Sendable {
  private var storage: MapStorage

  /// An empty map.
  public init() {
    storage = MapStorage()
  }

  /// A map of string keys, the shape every snapshot mapping has; later duplicates replace earlier ones.
  public init(stringKeyed pairs: [(String, Value)]) {
    self.init(reservingCapacity: pairs.count)
    for (key, value) in pairs { insertString(key, value) }
  }

  /// A map of string keys from parallel collections of keys and values (the shape in which a
  /// reader holds a mapping's entries), without building pairs first; later duplicates replace
  /// earlier ones.
  @inlinable
  public init<Keys: Collection<String>, Values: Collection<Value>>(stringKeys keys: Keys, values: Values) {
    self.init(reservingCapacity: keys.count)
    for (key, value) in zip(keys, values) { insertString(key, value) }
  }

  /// A map of string keys known to be distinct, with their hashes computed in advance (a reader
  /// that has already rejected duplicate keys and hashed them): nothing is searched or hashed.
  /// Distinctness is the caller's promise; it is only checked in debug builds.
  @inlinable
  public init<Fields: Collection<FieldName>, Values: Collection<Value>>(
    distinctFields fields: Fields, values: Values
  ) {
    var entries: [MapValueEntry] = []
    entries.reserveCapacity(fields.count)
    for (field, value) in zip(fields, values) {
      entries.append(MapValueEntry(key: .string(field.name), value: value, hash: field.hash))
    }
    self.init(distinctEntries: entries)
  }

  /// A map of entries whose keys are distinct, indexed if it is large.
  @usableFromInline
  init(distinctEntries entries: [MapValueEntry]) {
    storage = MapStorage()
    storage.entries = entries
    if entries.count > MapStorage.indexThreshold { storage.buildIndex() }
    assert(Set(entries.compactMap { MapKey(storing: $0.key) }).count == entries.count, "duplicate keys")
  }

  @usableFromInline
  init(reservingCapacity count: Int) {
    storage = MapStorage()
    storage.entries.reserveCapacity(count)
  }

  /// Adds or replaces an entry with a string key, in a map that is not shared yet.
  @usableFromInline
  mutating func insertString(_ key: String, _ value: Value) {
    storage.insert(field: FieldName(key), value)
  }

  /// The entries in insertion order.
  public var entries: [(key: Value, value: Value)] { storage.entries.map { ($0.key, $0.value) } }

  /// The keys in insertion order.
  var keys: [Value] { storage.entries.map(\.key) }

  /// The number of entries.
  public var count: Int { storage.entries.count }

  /// Whether the map has no entries.
  public var isEmpty: Bool { storage.entries.isEmpty }

  /// The value at `key`, or nil when absent or when `key` cannot be a map key.
  public subscript(key: Value) -> Value? {
    guard let mapKey = MapKey(lookingUp: key), let position = storage.position(of: mapKey) else { return nil }
    return storage.entries[position].value
  }

  /// The value at a string key.
  public subscript(field: String) -> Value? {
    self[FieldName(field)]
  }

  /// The value at a string key whose hash was computed in advance: the fast path of field
  /// selection, where the planner prepares the name once.
  public subscript(field: FieldName) -> Value? {
    guard let position = storage.position(ofField: field) else { return nil }
    return storage.entries[position].value
  }

  /// Adds or replaces an entry; returns false (and changes nothing) when `key` is not a valid key type.
  @discardableResult
  public mutating func set(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key) else { return false }
    makeUnique()
    storage.insert(key, value, key: mapKey)
    return true
  }

  /// Adds an entry unless the key is already present; returns false when it was (or is invalid).
  mutating func insertNew(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key), storage.position(of: mapKey) == nil else { return false }
    makeUnique()
    storage.insert(key, value, key: mapKey)
    return true
  }

  /// Whether an entry with `key` exists.
  public func contains(_ key: Value) -> Bool { self[key] != nil }

  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }
}

/// The entries of a map. Mutated only through a `MapValue` that holds the sole reference, so
/// sharing it between threads is safe.
private final class MapStorage: @unchecked Sendable {
  typealias Entry = MapValueEntry

  @exclusivity(unchecked) var entries: [Entry] = []
  @exclusivity(unchecked) var index: [MapKey: Int]?

  static let indexThreshold = 16

  func copy() -> MapStorage {
    let copy = MapStorage()
    copy.entries = entries
    copy.index = index
    return copy
  }

  func position(of mapKey: MapKey) -> Int? {
    if case .string(let text) = mapKey { return position(ofField: FieldName(text.value)) }
    if let index { return index[mapKey] }
    return entries.firstIndex { $0.hash == 0 && MapKey(storing: $0.key) == mapKey }
  }

  func position(ofField field: FieldName) -> Int? {
    if let index { return index[.string(CodePointString(field.name))] }
    var position = 0
    while position < entries.count {
      if entries[position].hash == field.hash, case .string(let key) = entries[position].key,
        key.sameUTF8(as: field.name)
      {
        return position
      }
      position += 1
    }
    return nil
  }

  func insert(_ key: Value, _ value: Value, key mapKey: MapKey) {
    if case .string(let text) = mapKey {
      insert(field: FieldName(text.value), value)
    } else if let position = position(of: mapKey) {
      entries[position].value = value
    } else {
      append(Entry(key: key, value: value, hash: 0))
    }
  }

  func insert(field: FieldName, _ value: Value) {
    if let position = position(ofField: field) {
      entries[position].value = value
    } else {
      append(Entry(key: .string(field.name), value: value, hash: field.hash))
    }
  }

  private func append(_ entry: Entry) {
    entries.append(entry)
    if index != nil {
      if let key = MapKey(storing: entry.key) { index?[key] = entries.count - 1 }
    } else if entries.count > Self.indexThreshold {
      buildIndex()
    }
  }

  /// Indexes every entry, for a map past `indexThreshold` entries.
  func buildIndex() {
    var built = [MapKey: Int](minimumCapacity: entries.count * 2)
    for (position, entry) in entries.enumerated() {
      if let key = MapKey(storing: entry.key) { built[key] = position }
    }
    index = built
  }
}

/// A map entry with its key's `FieldName.hash` (0 for keys that are not strings), so that a
/// search skips non-matching keys with one integer comparison.
@usableFromInline
struct MapValueEntry {
  @usableFromInline var key: Value
  @usableFromInline var value: Value
  @usableFromInline var hash: UInt64

  @inlinable
  init(key: Value, value: Value, hash: UInt64) {
    self.key = key
    self.value = value
    self.hash = hash
  }
}

/// A string key with its hash computed once (FNV-1a over the UTF-8 bytes, never 0), for fast
/// lookups of the same name in many maps.
public struct FieldName: Sendable {
  /// The key.
  public let name: String
  /// The key's hash, as every map stores it for its string keys.
  @usableFromInline let hash: UInt64

  /// Hashes `name`.
  public init(_ name: String) {
    self.name = name
    hash = Self.hash(of: name)
  }

  /// A field name whose 64-bit FNV-1a hash over its UTF-8 (offset basis `0xcbf29ce484222325`,
  /// prime `0x100000001b3`) was computed in advance, as a reader computes it for mapping keys.
  public init(_ name: String, fnv1aHash: UInt64) {
    self.name = name
    hash = fnv1aHash | 1
    assert(hash == Self.hash(of: name), "wrong FNV-1a hash for \(name)")
  }

  static func hash(of text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    // Contiguous storage (always there for native strings) is far faster than iterating.
    let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    if hashed == nil {
      for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    return hash | 1
  }
}
