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
    // The reader rejected duplicates by resolved value, so string keys are distinct texts and
    // come hashed. Other keys (`1` beside `"1"`) may share a text: later entries replace earlier.
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
  mutating func sequence(taking items: UnsafeMutableBufferPointer<Value>, info: NodeInfo) throws(YAMLError)
    -> Value
  {
    validation.closingSequence(items, info: info)
    guard let source = items.baseAddress, !items.isEmpty else { return .list([]) }
    return .list(
      Array(unsafeUninitializedCapacity: items.count) { list, count in
        list.baseAddress!.moveInitialize(from: source, count: items.count)
        count = items.count
      })
  }

  /// A map that takes the keys' texts and the values over.
  mutating func mapping(taking entries: OwnedMappingEntries<Value>, info: NodeInfo) throws(YAMLError)
    -> Value
  {
    let keys = entries.keys
    let values = entries.values
    let keysAreStrings = keys.allSatisfy(\.scalar.isString)
    validation.closingMapping(entries, keysAreStrings: keysAreStrings, info: info)
    guard keysAreStrings else {
      defer {
        keys.deinitialize()
        values.deinitialize()
      }
      return .map(MapValue(stringKeys: keys.lazy.map(\.scalar.text), values: values))
    }
    let hashes = entries.keyHashes
    return .map(
      MapValue(distinctFieldCount: entries.count) { position in
        let key = (keys.baseAddress! + position).move()
        let field = FieldName(key.scalar.text, fnv1aHash: hashes[position])
        return (field, (values.baseAddress! + position).move())
      })
  }
}
