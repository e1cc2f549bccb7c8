/// A CEL map: insertion-ordered, keyed by `int`, `uint`, `bool` or `string` values, with CEL's
/// numeric key equality (`1`, `1u` and `1.0` find the same entry).
///
/// The entries live in one copy-on-write storage object, allocated together with it, so copying
/// a map (or a `Value` holding one) costs a single retain and building or freeing one costs a
/// single allocation. Each string key carries its `FieldName` hash, so small maps (the usual
/// snapshot record) are searched by comparing integers, which beats hashing the key; a hash index
/// is built once a map grows past `MapStorage.indexThreshold` entries.
public struct MapValue: @unchecked Sendable {
  @usableFromInline var storage: MapStorage

  /// An empty map.
  public init() {
    storage = .make(capacity: 0)
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

  @usableFromInline
  init(reservingCapacity count: Int) {
    storage = .make(capacity: count)
  }

  /// Adds or replaces an entry with a string key, in a map that is not shared yet.
  @usableFromInline
  mutating func insertString(_ key: String, _ value: Value) {
    let field = FieldName(key)
    if let position = storage.position(ofField: field) {
      storage.elements[position].value = value
    } else {
      append(MapValueEntry(key: .string(key), value: value, hash: field.hash))
    }
  }

  /// The entries in insertion order.
  public var entries: [(key: Value, value: Value)] {
    UnsafeBufferPointer(start: storage.elements, count: count).map { ($0.key, $0.value) }
  }

  /// The keys in insertion order.
  var keys: [Value] { UnsafeBufferPointer(start: storage.elements, count: count).map(\.key) }

  /// The number of entries.
  public var count: Int { storage.count }

  /// Whether the map has no entries.
  public var isEmpty: Bool { storage.count == 0 }

  /// The value at `key`, or nil when absent or when `key` cannot be a map key.
  public subscript(key: Value) -> Value? {
    guard let mapKey = MapKey(lookingUp: key), let position = storage.position(of: mapKey) else { return nil }
    return storage.elements[position].value
  }

  /// The value at a string key.
  public subscript(field: String) -> Value? {
    self[FieldName(field)]
  }

  /// The value at a string key whose hash was computed in advance: the fast path of field
  /// selection, where the planner prepares the name once.
  public subscript(field: FieldName) -> Value? {
    storage.value(ofField: field)
  }

  /// Whether the map has an entry at a string key, without copying its value: `has()`.
  public func contains(field: FieldName) -> Bool {
    storage.contains(field: field)
  }

  /// Whether the map has an entry at a string key whose value is not null, without copying it.
  public func containsNonNull(field: FieldName) -> Bool {
    storage.containsNonNull(field: field)
  }

  /// Adds or replaces an entry; returns false (and changes nothing) when `key` is not a valid key type.
  @discardableResult
  public mutating func set(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key) else { return false }
    if let position = storage.position(of: mapKey) {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(capacity: storage.reservedCapacity) }
      storage.elements[position].value = value
    } else {
      append(MapValueEntry(key: key, value: value, key: mapKey))
    }
    return true
  }

  /// Adds an entry unless the key is already present; returns false when it was (or is invalid).
  mutating func insertNew(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key), storage.position(of: mapKey) == nil else { return false }
    append(MapValueEntry(key: key, value: value, key: mapKey))
    return true
  }

  /// Whether an entry with `key` exists.
  public func contains(_ key: Value) -> Bool { self[key] != nil }

  /// Appends an entry whose key is not in the map, copying the storage first if it is shared
  /// or full.
  private mutating func append(_ entry: MapValueEntry) {
    let count = storage.count
    if count == storage.reservedCapacity {
      storage = storage.copy(capacity: Swift.max(4, 2 * count))
    } else if !isKnownUniquelyReferenced(&storage) {
      storage = storage.copy(capacity: storage.reservedCapacity)
    }
    storage.appendAssumingCapacity(entry)
  }
}

/// A map's entries, allocated in one block with their count, capacity and (for large maps)
/// index. Mutated only through a `MapValue` that holds the sole reference, so sharing it between
/// threads is safe (which is why `MapValue` is `Sendable`: `ManagedBuffer` subclasses cannot be).
@usableFromInline
final class MapStorage: ManagedBuffer<MapHeader, MapValueEntry> {
  /// Maps with more entries than this are searched through a hash index.
  static var indexThreshold: Int { 16 }

  /// An empty storage with room for `capacity` entries.
  @inlinable
  static func make(capacity: Int) -> MapStorage {
    unsafeDowncast(
      create(minimumCapacity: capacity) { _ in MapHeader(capacity: capacity) }, to: MapStorage.self)
  }

  /// Destroys the entries one at a time: `deinitialize(count:)` hands them to the runtime's
  /// generic array destruction, which calls the entry type's destroy witness for each.
  deinit {
    let elements = elements
    for position in 0..<count { _ = (elements + position).move() }
  }

  /// The first entry; entries `0..<count` are initialised.
  @inlinable
  var elements: UnsafeMutablePointer<MapValueEntry> {
    // The pointer stays valid while the storage is alive, as every caller keeps it.
    withUnsafeMutablePointerToElements { $0 }
  }

  @inlinable
  var headerPointer: UnsafeMutablePointer<MapHeader> {
    withUnsafeMutablePointerToHeader { $0 }
  }

  /// The number of initialised entries.
  @inlinable
  var count: Int { headerPointer.pointee.count }

  /// The number of entries there is room for.
  var reservedCapacity: Int { headerPointer.pointee.capacity }

  /// Records that the first `count` entries, with distinct keys, have been initialised, and
  /// indexes them if there are many.
  @usableFromInline
  func finishDistinct(count: Int) {
    headerPointer.pointee.count = count
    if count > Self.indexThreshold { buildIndex() }
    assert(
      Set(UnsafeBufferPointer(start: elements, count: count).compactMap { MapKey(storing: $0.key) }).count
        == count,
      "duplicate keys")
  }

  /// A storage holding the same entries, with room for `capacity` (at least `count`) entries.
  func copy(capacity: Int) -> MapStorage {
    let copy = MapStorage.make(capacity: capacity)
    copy.elements.initialize(from: elements, count: count)
    copy.headerPointer.pointee.count = count
    copy.headerPointer.pointee.index = headerPointer.pointee.index
    return copy
  }

  func position(of mapKey: MapKey) -> Int? {
    if case .string(let text) = mapKey { return position(ofField: FieldName(text.value)) }
    if count > Self.indexThreshold { return headerPointer.pointee.index?[mapKey] }
    return UnsafeBufferPointer(start: elements, count: count).firstIndex {
      $0.hash == 0 && MapKey(storing: $0.key) == mapKey
    }
  }

  /// The position of the entry at a string key whose hash was computed in advance. Inlined into
  /// the lookups by field name, which every field selection runs: scanning a small map costs a
  /// few instructions per entry, less than the call.
  @inline(__always)
  func position(ofField field: FieldName) -> Int? {
    let count = count
    if count > Self.indexThreshold { return indexedPosition(ofField: field) }
    let elements = elements
    var position = 0
    while position < count {
      if elements[position].hash == field.hash, case .string(let key) = elements[position].key,
        key.codePointsEqual(field.name)
      {
        return position
      }
      position += 1
    }
    return nil
  }

  private func indexedPosition(ofField field: FieldName) -> Int? {
    headerPointer.pointee.index?[.string(CodePointString(field.name))]
  }

  // The lookups of `MapValue` by field name, here so that a map can also be read through its
  // storage alone (see `Place`).

  func value(ofField field: FieldName) -> Value? {
    guard let position = position(ofField: field) else { return nil }
    return elements[position].value
  }

  /// The result of `body` on the value at a string key, read in place; nil when there is none.
  @inline(__always)
  func withValue<Result>(ofField field: FieldName, _ body: (Value) -> Result) -> Result? {
    guard let position = position(ofField: field) else { return nil }
    return body(elements[position].value)
  }

  func contains(field: FieldName) -> Bool {
    position(ofField: field) != nil
  }

  func containsNonNull(field: FieldName) -> Bool {
    guard let position = position(ofField: field) else { return false }
    if case .null = elements[position].value { return false }
    return true
  }

  /// Appends an entry whose key is not present yet; there must be room for it.
  func appendAssumingCapacity(_ entry: MapValueEntry) {
    let count = count
    (elements + count).initialize(to: entry)
    headerPointer.pointee.count = count + 1
    if headerPointer.pointee.index != nil {
      if let key = MapKey(storing: entry.key) { headerPointer.pointee.index?[key] = count }
    } else if count + 1 > Self.indexThreshold {
      buildIndex()
    }
  }

  /// Indexes every entry, for a map past `indexThreshold` entries.
  private func buildIndex() {
    var built = [MapKey: Int](minimumCapacity: count * 2)
    for position in 0..<count {
      if let key = MapKey(storing: elements[position].key) { built[key] = position }
    }
    headerPointer.pointee.index = built
  }
}

/// The fixed part of a `MapStorage`.
@usableFromInline
struct MapHeader {
  @usableFromInline var count = 0
  @usableFromInline let capacity: Int
  /// Positions by key, for maps past `MapStorage.indexThreshold` entries.
  var index: [MapKey: Int]?

  @inlinable
  init(capacity: Int) {
    self.capacity = capacity
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

  /// An entry stored under `mapKey`, the key form of `key`.
  init(key: Value, value: Value, key mapKey: MapKey) {
    let hash: UInt64 = if case .string(let text) = mapKey { FieldName.hash(of: text.value) } else { 0 }
    self.init(key: key, value: value, hash: hash)
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
  @inlinable
  public init(_ name: String, fnv1aHash: UInt64) {
    self.name = name
    hash = fnv1aHash | 1
    assert(hash == Self.hash(of: name), "wrong FNV-1a hash for \(name)")
  }

  @usableFromInline
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
