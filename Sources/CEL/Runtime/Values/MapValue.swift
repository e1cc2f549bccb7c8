/// A CEL map: insertion-ordered, keyed by `int`, `uint`, `bool` or `string` values, with CEL's
/// numeric key equality (`1`, `1u` and `1.0` find the same entry).
///
/// The entries live in one array, so copying a map (or a `Value` holding one) costs a single
/// retain and building or freeing one costs a single allocation. Each string key carries its
/// `FieldName` hash, so small maps (the usual snapshot record) are searched by comparing integers,
/// which beats hashing the key; a hash index is built once a map grows past `indexThreshold`
/// entries.
public struct MapValue: Sendable {
  /// The entries in insertion order, with distinct keys.
  @usableFromInline var entryList: [MapValueEntry]
  /// Positions by key, for maps past `indexThreshold` entries.
  private var index: [MapKey: Int]?

  /// Maps with more entries than this are searched through a hash index.
  static var indexThreshold: Int { 16 }

  /// An empty map.
  public init() {
    entryList = []
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
    entryList = []
    entryList.reserveCapacity(count)
  }

  /// A map of entries with distinct keys, indexed if there are many.
  @usableFromInline
  init(distinctEntries entries: [MapValueEntry]) {
    entryList = entries
    if entries.count > Self.indexThreshold { buildIndex() }
    assert(Set(entries.compactMap { MapKey(storing: $0.key) }).count == entries.count, "duplicate keys")
  }

  /// Adds or replaces an entry with a string key.
  @usableFromInline
  mutating func insertString(_ key: String, _ value: Value) {
    let field = FieldName(key)
    if let position = position(ofField: field) {
      entryList[position].value = value
    } else {
      append(MapValueEntry(key: .string(key), value: value, hash: field.hash))
    }
  }

  /// The entries in insertion order.
  public var entries: [(key: Value, value: Value)] {
    entryList.map { ($0.key, $0.value) }
  }

  /// The keys in insertion order.
  var keys: [Value] { entryList.map(\.key) }

  /// The number of entries.
  public var count: Int { entryList.count }

  /// Whether the map has no entries.
  public var isEmpty: Bool { entryList.isEmpty }

  /// The value at `key`, or nil when absent or when `key` cannot be a map key.
  public subscript(key: Value) -> Value? {
    guard let mapKey = MapKey(lookingUp: key), let position = position(of: mapKey) else { return nil }
    return entryList[position].value
  }

  /// The value at a string key.
  public subscript(field: String) -> Value? {
    self[FieldName(field)]
  }

  /// The value at a string key whose hash was computed in advance: the fast path of field
  /// selection, where the planner prepares the name once.
  public subscript(field: FieldName) -> Value? {
    value(ofField: field)
  }

  /// Whether the map has an entry written at a string key, without copying its value: `has()`.
  /// An entry a schema's default filled in (`appendDefault`) was not written.
  public func contains(field: FieldName) -> Bool {
    guard let position = position(ofField: field) else { return false }
    return !entryList[position].isDefault
  }

  /// Whether the map has an entry written at a string key whose value is not null, without
  /// copying it.
  public func containsNonNull(field: FieldName) -> Bool {
    guard let position = position(ofField: field), !entryList[position].isDefault else { return false }
    if case .null = entryList[position].value { return false }
    return true
  }

  /// Adds or replaces an entry; returns false (and changes nothing) when `key` is not a valid key type.
  @discardableResult
  public mutating func set(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key) else { return false }
    if let position = position(of: mapKey) {
      entryList[position].value = value
    } else {
      append(MapValueEntry(key: key, value: value, key: mapKey))
    }
    return true
  }

  /// Adds an entry unless the key is already present; returns false when it was (or is invalid).
  mutating func insertNew(_ key: Value, _ value: Value) -> Bool {
    guard let mapKey = MapKey(storing: key), position(of: mapKey) == nil else { return false }
    append(MapValueEntry(key: key, value: value, key: mapKey))
    return true
  }

  /// Whether an entry with `key` exists.
  public func contains(_ key: Value) -> Bool { self[key] != nil }

  /// Appends an entry whose key is not in the map, indexing it if the map is large.
  mutating func append(_ entry: MapValueEntry) {
    let position = entryList.count
    entryList.append(entry)
    if index != nil {
      if let key = MapKey(storing: entry.key) { index?[key] = position }
    } else if entryList.count > Self.indexThreshold {
      buildIndex()
    }
  }

  /// Indexes every entry, for a map past `indexThreshold` entries.
  private mutating func buildIndex() {
    var built = [MapKey: Int](minimumCapacity: entryList.count * 2)
    for position in entryList.indices {
      if let key = MapKey(storing: entryList[position].key) { built[key] = position }
    }
    index = built
  }

  func position(of mapKey: MapKey) -> Int? {
    if case .string(let text) = mapKey { return position(ofField: FieldName(text.value)) }
    if let index { return index[mapKey] }
    return entryList.firstIndex { $0.hash == 0 && MapKey(storing: $0.key) == mapKey }
  }

  /// The position of the entry at a string key whose hash was computed in advance. Inlined into
  /// the lookups by field name, which every field selection runs: scanning a small map costs a
  /// few instructions per entry, less than the call.
  @inline(__always)
  func position(ofField field: FieldName) -> Int? {
    if let index { return index[.string(CodePointString(field.name))] }
    for position in entryList.indices {
      if entryList[position].hash == field.hash, case .string(let key) = entryList[position].key,
        field.isName(key)
      {
        return position
      }
    }
    return nil
  }

  /// Whether `other` has the same keys as this map, each with a `celEquals` value: the entries
  /// are read where the maps hold them, without an array of them (locating a finding compares a
  /// map with every map of a snapshot).
  func hasEqualEntries(to other: MapValue) -> Bool {
    guard count == other.count else { return false }
    for position in entryList.indices {
      guard let key = MapKey(lookingUp: entryList[position].key), let match = other.position(of: key),
        entryList[position].value.celEquals(other.entryList[match].value)
      else { return false }
    }
    return true
  }

  /// The value at a string key whose hash was computed in advance, or nil when there is none.
  func value(ofField field: FieldName) -> Value? {
    guard let position = position(ofField: field) else { return nil }
    return entryList[position].value
  }

  /// The result of `body` on the value at a string key; nil when there is none.
  @inline(__always)
  func withValue<Result>(ofField field: FieldName, _ body: (Value) -> Result) -> Result? {
    guard let position = position(ofField: field) else { return nil }
    return body(entryList[position].value)
  }
}

/// A map entry with its key's `FieldName.hash` (0 for keys that are not strings), so that a
/// search skips non-matching keys with one integer comparison.
@usableFromInline
struct MapValueEntry: Sendable {
  @usableFromInline var key: Value
  /// Whether a schema's default filled the entry in rather than the document writing it: `has()`
  /// does not see it. Declared after `key`, it takes no room of its own.
  @usableFromInline var isDefault: Bool
  @usableFromInline var value: Value
  @usableFromInline var hash: UInt64

  @inlinable
  init(key: Value, value: Value, hash: UInt64, isDefault: Bool = false) {
    self.key = key
    self.isDefault = isDefault
    self.value = value
    self.hash = hash
  }

  /// An entry stored under `mapKey`, the key form of `key`.
  init(key: Value, value: Value, key mapKey: MapKey) {
    let hash: UInt64 = if case .string(let text) = mapKey { FieldName.hash(of: text.value) } else { 0 }
    self.init(key: key, value: value, hash: hash)
  }
}
/// A string key with its hash computed once (`FNV1a` over the UTF-8 bytes, never 0), for fast
/// lookups of the same name in many maps.
public struct FieldName: Sendable {
  /// The key.
  public let name: String
  /// The key's hash, as every map stores it for its string keys.
  @usableFromInline let hash: UInt64
  /// Whether the key is all ASCII, so that a key of a map is compared with it by
  /// `codePointsEqual(ascii:)`.
  @usableFromInline let isASCII: Bool

  /// Hashes `name`, and notes whether it is all ASCII in the same pass over its bytes.
  public init(_ name: String) {
    self.name = name
    let (hash, isASCII) = FNV1a.hashNotingASCII(of: name)
    self.hash = hash | 1
    self.isASCII = isASCII
  }

  /// The hash a map stores for the string key `text`: its FNV-1a hash with the lowest bit set,
  /// since 0 marks keys that are not strings.
  @usableFromInline
  static func hash(of text: String) -> UInt64 {
    FNV1a.hash(of: text) | 1
  }

  /// Whether `key` is this name, code point by code point.
  @usableFromInline
  func isName(_ key: String) -> Bool {
    key.codePointsEqual(name, otherIsASCII: isASCII)
  }
}
