import CEL
import YAML

/// Builds CEL values straight from YAML events, without an intermediate node tree: the fast path
/// of reading snapshots. Mapping keys become strings.
struct SnapshotValueBuilder: YAMLTreeBuilder {
  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Value {
    Value(scalar.resolved)
  }

  mutating func sequence(_ items: ArraySlice<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    .list(Array(items))
  }

  mutating func mapping(_ entries: MappingEntries<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    .map(MapValue(stringKeys: entries.keys.lazy.map(\.scalar.text), values: entries.values))
  }
}
