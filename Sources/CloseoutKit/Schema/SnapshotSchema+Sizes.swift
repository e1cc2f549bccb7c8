import CEL

extension SnapshotSchema {
  /// The most items assumed of a list whose schema sets no `maxItems`.
  public static let defaultMaxItems = 1_000
  /// The longest string assumed, in characters, where the schema sets no `maxLength`.
  public static let defaultMaxLength = 10_000

  /// What the cost estimate assumes of a snapshot's variables: each section and field as large as
  /// its `maxItems` or `maxLength` allows, or the defaults where the schema sets neither.
  var sizeHints: SizeHints {
    let root = root
    let unknown = ValueSize(count: Self.defaultMaxLength, elementCount: Self.defaultMaxLength)
    return SizeHints(unknown: unknown) { path in
      guard let first = path.first else { return nil }
      var node: SchemaNode? = first == SnapshotEnvironment.snapshot ? root : root.property(first)
      for component in path.dropFirst() {
        node = component == "*" ? node?.items : node?.property(component)
      }
      return node?.estimatedSize
    }
  }
}

extension SchemaNode {
  /// The largest value the node allows, as the cost estimate counts it: a string's bytes (four
  /// per character, the most UTF-8 needs), a list's items and a mapping's properties, with the
  /// size of each element.
  var estimatedSize: ValueSize? {
    guard let types else { return nil }
    var size = ValueSize(count: 0)
    if types.contains(.string) {
      size.count = max(size.count, maxLength ?? SnapshotSchema.defaultMaxLength)
    }
    if types.contains(.array) {
      size.count = max(size.count, maxItems ?? SnapshotSchema.defaultMaxItems)
      size.elementCount = items?.estimatedSize?.count ?? SnapshotSchema.defaultMaxLength
    }
    if types.contains(.object) {
      size.count = max(size.count, properties.count)
      size.elementCount = max(
        size.elementCount, properties.compactMap { $0.node.estimatedSize?.count }.max() ?? 0)
    }
    return size
  }
}
