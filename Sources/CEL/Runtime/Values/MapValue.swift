/// A CEL map: insertion-ordered, keyed by `int`, `uint`, `bool` or `string` values, with CEL's
/// numeric key equality (`1`, `1u` and `1.0` find the same entry).
///
/// The entries live in one copy-on-write storage object, so copying a map (or a `Value` holding
/// one) costs a single retain. Small maps (the usual snapshot record) are searched linearly,
/// which beats hashing a string key; a hash index is built once a map grows past
/// `indexThreshold` entries.
public struct MapValue: Sendable {
  private var storage: MapStorage

  /// An empty map.
  public init() {
    storage = MapStorage()
  }

  /// A map of string keys, the shape every snapshot mapping has; later duplicates replace earlier ones.
  public init(stringKeyed pairs: [(String, Value)]) {
    storage = MapStorage()
    storage.entries.reserveCapacity(pairs.count)
    storage.keys.reserveCapacity(pairs.count)
    for (key, value) in pairs { storage.insert(.string(key), value, key: .string(CodePointString(key))) }
  }

  /// The entries in insertion order.
  public var entries: [(key: Value, value: Value)] { storage.entries }

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
  subscript(field: FieldName) -> Value? {
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
  @exclusivity(unchecked) var entries: [(key: Value, value: Value)] = []
  @exclusivity(unchecked) var keys: [MapKey] = []
  /// `FieldName.hash` of each string key (0 for other keys), to skip non-matching keys cheaply.
  @exclusivity(unchecked) var fieldHashes: [UInt64] = []
  @exclusivity(unchecked) var index: [MapKey: Int]?

  static let indexThreshold = 8

  func copy() -> MapStorage {
    let copy = MapStorage()
    copy.entries = entries
    copy.keys = keys
    copy.fieldHashes = fieldHashes
    copy.index = index
    return copy
  }

  func position(of mapKey: MapKey) -> Int? {
    if let index { return index[mapKey] }
    return keys.firstIndex(of: mapKey)
  }

  func position(ofField field: FieldName) -> Int? {
    if let index { return index[.string(CodePointString(field.name))] }
    var position = 0
    while position < fieldHashes.count {
      if fieldHashes[position] == field.hash, case .string(let key) = keys[position],
        key.value.sameUTF8(as: field.name)
      {
        return position
      }
      position += 1
    }
    return nil
  }

  func insert(_ key: Value, _ value: Value, key mapKey: MapKey) {
    if let position = position(of: mapKey) {
      entries[position].value = value
      return
    }
    entries.append((key, value))
    keys.append(mapKey)
    if case .string(let text) = mapKey {
      fieldHashes.append(FieldName.hash(of: text.value))
    } else {
      fieldHashes.append(0)
    }
    if index != nil {
      index?[mapKey] = keys.count - 1
    } else if keys.count > Self.indexThreshold {
      var built = [MapKey: Int](minimumCapacity: keys.count * 2)
      for (position, key) in keys.enumerated() { built[key] = position }
      index = built
    }
  }
}

/// A field name with its hash computed once (FNV-1a over the UTF-8 bytes, never 0), for fast
/// lookups of the same name in many maps.
struct FieldName: Sendable {
  let name: String
  let hash: UInt64

  init(_ name: String) {
    self.name = name
    hash = Self.hash(of: name)
  }

  static func hash(of text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash | 1
  }
}
