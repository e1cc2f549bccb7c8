import CEL

extension SnapshotSchema {
  /// Every property the schema declares, at any depth and in schema order, as a dotted path with
  /// `[]` for an array's items: `contract.client.name`, `milestones[].status`.
  var declaredPaths: [String] { root.declaredPaths(under: "") }

  /// The schema of the property at `path` (written as in `declaredPaths`), or nil when the schema
  /// does not declare it.
  func node(at path: String) -> SchemaNode? {
    var node = root
    for component in path.split(separator: ".") {
      let isItems = component.hasSuffix("[]")
      guard let property = node.property(String(isItems ? component.dropLast(2) : component)) else {
        return nil
      }
      node = property
      if isItems {
        guard let items = node.items else { return nil }
        node = items
      }
    }
    return node
  }

  /// The values allowed at `path` when the schema restricts it to a list of strings, else nil.
  public func allowedStrings(at path: String) -> [String]? { node(at: path)?.allowedStrings }
}

extension SchemaNode {
  /// The strings allowed when the node has an enum of strings (and perhaps null), else nil.
  var allowedStrings: [String]? {
    guard let values = allowedValues?.filter({ $0.kind != .null }) else { return nil }
    let strings = values.compactMap(\.stringValue)
    return strings.count == values.count && !strings.isEmpty ? strings : nil
  }

  /// The paths of this node's properties and of every property below them, each prefixed by
  /// `prefix` (the path of this node, empty for the root).
  func declaredPaths(under prefix: String) -> [String] {
    var paths: [String] = []
    for property in properties {
      let path = prefix.isEmpty ? property.name : prefix + "." + property.name
      paths.append(path)
      paths += property.node.declaredPaths(under: path)
    }
    if let items { paths += items.declaredPaths(under: prefix + "[]") }
    return paths
  }
}
