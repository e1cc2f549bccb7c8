import CEL
import YAML

/// Builds CEL values straight from YAML events, without an intermediate node tree: the fast path
/// of reading snapshots. Mapping keys become strings.
struct SnapshotValueBuilder: YAMLTreeBuilder {
  /// Where maps, lists and keys are written, recorded as they close (see `DocumentMarks`): a few
  /// integers per node, so that findings are placed without reading the document again; nil when
  /// not recorded (no rule points into snapshots).
  var marks: DocumentMarks?

  /// A builder that records marks or not; `expectedBytes` (the document's size) sizes their storage
  /// once, rather than growing it node by node.
  init(recordingMarks: Bool = false, expectedBytes: Int = 0) {
    marks = recordingMarks ? DocumentMarks(reservingFor: expectedBytes) : nil
  }

  /// Positions inside scalars are not kept: a snapshot with problems, and one where a finding
  /// points at words, is read again as a node tree for them.
  static var recordsBlockLayouts: Bool { false }

  /// Only the resolved value of a scalar becomes a `Value`.
  static var needsTextOfTypedScalars: Bool { false }

  /// Only the resolved value of a scalar becomes a `Value`, so most scalars reach the builder as
  /// nothing more.
  static var buildsScalarsFromResolvedValues: Bool { true }

  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Value {
    Value(scalar.resolved)
  }

  mutating func scalar(resolved: ResolvedScalar) throws(YAMLError) -> Value {
    Value(resolved)
  }

  mutating func sequence(_ items: ArraySlice<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    marks?.points.append(Self.point(info.mark))
    return .list(Array(items))
  }

  private static func point(_ mark: Mark) -> DocumentMarks.Point {
    DocumentMarks.Point(line: Int32(clamping: mark.line), column: Int32(clamping: mark.column))
  }

  mutating func mapping(_ entries: MappingEntries<Value>, info: NodeInfo) throws(YAMLError) -> Value {
    // The reader rejected keys of the same resolved value or the same text, so keys are distinct
    // texts, whatever they resolved to (`1`, `true`).
    // Keys and values are read apart, not as `MappingEntry`s, which would copy each key whole.
    let keys = entries.keys
    let values = entries.values
    if marks != nil {
      for key in keys { marks?.points.append(Self.point(key.info.mark)) }
      marks?.points.append(Self.point(info.mark))
      marks?.entryCounts.append(Int32(clamping: keys.count))
    }
    return .map(
      MapValue(distinctFieldCount: entries.count) { position in
        (FieldName(keys[keys.startIndex + position].scalar.text), values[values.startIndex + position])
      })
  }
}
