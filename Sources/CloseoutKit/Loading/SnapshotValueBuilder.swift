import CEL
import YAML

/// Builds CEL values straight from YAML events, without an intermediate node tree: the fast path
/// of reading snapshots. Mapping keys become strings.
struct SnapshotValueBuilder: YAMLTreeBuilder {

  /// Positions inside scalars are never asked for: a snapshot with problems is read again as a
  /// node tree to locate them.
  static var recordsBlockLayouts: Bool { false }

  /// Only the resolved value of a scalar becomes a `Value`.
  static var needsTextOfTypedScalars: Bool { false }

  /// Only the resolved value of a scalar becomes a `Value`, so most scalars reach the builder as
  /// nothing more.
  static var buildsScalarsFromResolvedValues: Bool { true }

  /// The field names of the schema the snapshot is validated against, whose texts keys reuse.
  let keyTexts: KeyTexts?
  /// The validation against that schema while the snapshot is built.
  private(set) var validation: ReadingValidation

  /// A builder that reuses `keyTexts` and validates against `validator` as it builds, if there
  /// is one. The validation follows the reader's calls of `opening` and of the taking methods only.
  init(keyTexts: KeyTexts? = nil, validator: ValidationNode? = nil) {
    self.keyTexts = keyTexts
    validation = ReadingValidation(root: validator)
  }

  mutating func opening(isMapping: Bool, key: String?, keyHash: UInt64) {
    validation.opening(key: key, keyHash: keyHash)
  }

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Value {
    Value(scalar.resolved)
  }

  mutating func scalar(resolved: ResolvedScalar) throws(YAMLError) -> Value {
    Value(resolved)
  }

  mutating func sequence(_ items: ArraySlice<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    .list(Array(items))
  }

  mutating func mapping(_ entries: MappingEntries<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    let keys = entries.keys
    // The reader rejected keys of the same resolved value or the same text, so keys are distinct
    // texts; string keys come hashed, others (`1`, `true`) are hashed from their text here.
    guard keys.allSatisfy(\.scalar.isString) else {
      return .map(MapValue(stringKeys: keys.lazy.map(\.scalar.text), values: entries.values))
    }
    return .map(
      MapValue(distinctFieldCount: entries.count) { position in
        let entry = entries[position]
        let hash = entries.keyHashes[entries.keyHashes.startIndex + position]
        return (FieldName(entry.key.text, fnv1aHash: hash), entry.value)
      })
  }

  /// A list that takes the items over.
  ///
  /// The list reserves its room and appends: `Array(unsafeUninitializedCapacity:)` allocates
  /// through a generic runtime path that looks up the array's metadata every time, which costs
  /// more than the appends.
  mutating func sequence(taking items: UnsafeMutableBufferPointer<Value>, info: NodeInfo) throws(YAMLError)
    -> Value
  {
    validation.closingSequence(items, info: info)
    guard let source = items.baseAddress, !items.isEmpty else { return .list([]) }
    var list: [Value] = []
    list.reserveCapacity(items.count)
    for index in items.indices { list.append((source + index).move()) }
    return .list(list)
  }

  /// A map that takes the keys' texts and the values over.
  ///
  /// Compiled on its own (not inlined into the reader) and with the rare mixed-key path out of
  /// line: only then does the compiler move each key's text into the map and release the rest of
  /// the key, rather than retain the text and destroy the whole key (measured).
  @inline(never)
  mutating func mapping(taking entries: OwnedMappingEntries<Value>, info: NodeInfo) throws(YAMLError)
    -> Value
  {
    let keys = entries.keys
    let values = entries.values
    let keysAreStrings = keys.allSatisfy(\.scalar.isString)
    validation.closingMapping(entries, keysAreStrings: keysAreStrings, info: info)
    guard keysAreStrings else { return Self.map(takingMixedKeys: keys, values: values) }
    let hashes = entries.keyHashes
    return .map(
      MapValue(distinctFieldCount: entries.count) { position in
        let key = (keys.baseAddress! + position).move()
        let field = FieldName(key.scalar.text, fnv1aHash: hashes[position])
        return (field, (values.baseAddress! + position).move())
      })
  }

  /// A map of keys that are not all strings, taking the keys' texts and the values over.
  @inline(never)
  private static func map(
    takingMixedKeys keys: UnsafeMutableBufferPointer<MappingKey>, values: UnsafeMutableBufferPointer<Value>
  ) -> Value {
    defer {
      keys.deinitialize()
      values.deinitialize()
    }
    return .map(MapValue(stringKeys: keys.lazy.map(\.scalar.text), values: values))
  }
}
