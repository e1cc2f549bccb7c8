import CEL
import YAML

/// Decodes a rule file's `schema:` section into a `SnapshotSchema`, reporting every problem at its
/// place: unknown keywords, types and formats with a did-you-mean, keywords of the wrong shape,
/// and keywords that contradict the node's type.
struct SchemaDecoder {
  /// The keywords of a schema node.
  static let keywords = [
    "type", "properties", "required", "items", "enum", "format", "description", "maxItems", "maxLength",
    "default",
  ]

  private(set) var reader: NodeReader

  init(file: String) { reader = NodeReader(file: file) }

  /// The schema of a whole snapshot; its root must describe a mapping.
  mutating func decodeRoot(_ node: Node) -> SnapshotSchema? {
    guard let root = decode(node, path: "") else { return nil }
    if let types = root.types, !types.contains(.object) {
      reader.report(
        node["type"] ?? node, "the snapshot schema must describe a mapping ('type: object')",
        hint: "a snapshot is a mapping of sections; declare them under 'properties'")
    }
    return SnapshotSchema(root: root)
  }

  /// One node; `path` names its place in snapshots, as in `tasks[].status` (empty for the root).
  private mutating func decode(_ node: Node, path: String) -> SchemaNode? {
    let what = path.isEmpty ? "the snapshot schema" : "the schema of '\(path)'"
    guard let fields = reader.mapping(node, what, allowed: Self.keywords) else { return nil }
    var result = SchemaNode(location: reader.location(node))
    if let types = fields["type"] { result.types = self.types(types) }
    if let description = fields["description"] {
      result.description = reader.string(description, "a schema's 'description'")?.value
    }
    if let format = fields["format"] { result.format = reader.oneOf(format, "format", SchemaFormat.self) }
    if let values = fields["enum"] { result.allowedValues = allowedValues(values, types: result.types) }
    if let properties = fields["properties"] { result.properties = self.properties(properties, path: path) }
    if let items = fields["items"] { result.items = decode(items, path: path + "[]") }
    if let required = fields["required"] { result.required = self.required(required, in: result) }
    if let maxItems = fields["maxItems"] { result.maxItems = bound(maxItems, "maxItems") }
    if let maxLength = fields["maxLength"] { result.maxLength = bound(maxLength, "maxLength") }
    checkKeywords(fields, fit: result.types)
    if let value = fields["default"] { result.defaultValue = defaultValue(value, of: result, path: path) }
    return result
  }

  /// `default:` is a value the node itself admits; `null` is no default.
  private mutating func defaultValue(_ node: Node, of schema: SchemaNode, path: String) -> Value? {
    guard !node.isNull else { return nil }
    var builder = SnapshotValueBuilder()
    guard let value = try? PatchedSnapshot.replay(node, into: &builder) else { return nil }
    for problem in schema.problems(in: value, at: [.key(path.isEmpty ? "the snapshot" : path)]) {
      reader.report(node, "the 'default' does not fit its schema: \(problem.message)", hint: problem.hint)
    }
    return value
  }

  /// `type:` is a type name or a list of them; an unquoted `null` names the null type.
  private mutating func types(_ node: Node) -> [SchemaType]? {
    let items = node.sequence ?? [node]
    guard !items.isEmpty else {
      reader.report(node, "'type' must name at least one type")
      return nil
    }
    let types = items.compactMap { item in
      item.isNull ? SchemaType.null : reader.oneOf(item, "type", SchemaType.self)
    }
    return types.count == items.count ? types : nil
  }

  private mutating func properties(_ node: Node, path: String) -> [SchemaProperty] {
    guard case .mapping(let pairs) = node.kind else {
      reader.report(node, "'properties' must be a mapping of field names to schemas")
      return []
    }
    return pairs.compactMap { pair in
      guard let name = reader.string(pair.key, "a property name"),
        let schema = decode(pair.value, path: path.isEmpty ? name.value : path + "." + name.value)
      else { return nil }
      return SchemaProperty(name: name.value, node: schema)
    }
  }

  /// `required:` names declared properties.
  private mutating func required(_ node: Node, in schema: SchemaNode) -> [String] {
    guard let items = node.sequence else {
      reader.report(node, "'required' must be a list of property names")
      return []
    }
    let declared = schema.properties.map(\.name)
    return items.compactMap { item in
      guard let name = reader.string(item, "a required property name") else { return nil }
      guard declared.contains(name.value) else {
        reader.report(
          item, "required property '\(name.value)' is not declared under 'properties'",
          hint: Suggestion.didYouMean(name.value, among: declared) ?? "declare it under 'properties'")
        return nil
      }
      return name.value
    }
  }

  /// `enum:` lists scalars, each of one of the node's types.
  private mutating func allowedValues(_ node: Node, types: [SchemaType]?) -> [Value]? {
    guard let items = node.sequence, !items.isEmpty else {
      reader.report(node, "'enum' must be a list of at least one value")
      return nil
    }
    var values: [Value] = []
    for item in items {
      guard let scalar = item.scalar else {
        reader.report(
          item, "an 'enum' value must be a scalar, not a \(item.sequence == nil ? "mapping" : "list")")
        continue
      }
      let value = Value(scalar.resolved)
      if let types, !types.contains(where: { $0.admits(value) }) {
        reader.report(
          item,
          "the 'enum' value \(ValueText.display(value)) is not \(types.map(\.phrase).joined(separator: " or "))"
        )
      }
      values.append(value)
    }
    return values
  }

  /// `maxItems:` or `maxLength:`, a non-negative integer.
  private mutating func bound(_ node: Node, _ keyword: String) -> Int? {
    if case .int(let value)? = node.resolved, value >= 0, let bound = Int(exactly: value) { return bound }
    reader.report(
      node, "'\(keyword)' must be a non-negative integer, not '\(node.scalar?.text ?? "a collection")'")
    return nil
  }

  /// Reports keywords that do not apply to the node's declared types (`items` of a string).
  private mutating func checkKeywords(_ fields: [String: Node], fit types: [SchemaType]?) {
    guard let types else { return }
    let applies: [(keyword: String, type: SchemaType)] = [
      ("properties", .object), ("required", .object), ("items", .array), ("format", .string),
      ("maxItems", .array), ("maxLength", .string),
    ]
    for (keyword, type) in applies where !types.contains(type) {
      guard let node = fields[keyword] else { continue }
      reader.report(
        node, "'\(keyword)' applies only to the type '\(type.rawValue)', which 'type' does not list")
    }
  }
}
