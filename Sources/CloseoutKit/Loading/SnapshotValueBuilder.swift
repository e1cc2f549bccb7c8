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

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Value {
    Value(scalar.resolved)
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
    let hashes = entries.keyHashes
    let fields = (0..<keys.count).lazy.map { offset in
      FieldName(
        keys[keys.startIndex + offset].scalar.text, fnv1aHash: hashes[hashes.startIndex + offset])
    }
    return .map(MapValue(distinctFields: fields, values: entries.values))
  }
}
