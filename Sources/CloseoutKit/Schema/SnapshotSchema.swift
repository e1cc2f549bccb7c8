import CEL

/// The snapshot format as a schema: what `check` validates snapshots against and what the type
/// checker checks every field path of an expression against.
///
/// A rule directory declares it under a rule file's top-level `schema:` key (the default rules in
/// `rules/schema.yaml`); a later directory extends it. Snapshots may carry fields the schema does
/// not declare; expressions may refer only to declared ones.
public struct SnapshotSchema: Sendable {
  /// The schema of the whole document.
  var root: SchemaNode { shared.root }
  /// The same, prepared once for validating snapshots.
  var validator: ValidationNode { shared.validator }
  /// Both behind one reference: a schema is handed to every snapshot load, and a copy of the
  /// node tree's arrays and strings cost a retain and a release each.
  private let shared: Shared

  init(root: SchemaNode) {
    shared = Shared(root: root, validator: ValidationNode(root))
  }

  /// The immutable contents of a schema.
  private final class Shared: Sendable {
    let root: SchemaNode
    let validator: ValidationNode

    init(root: SchemaNode, validator: ValidationNode) {
      self.root = root
      self.validator = validator
    }
  }

  /// What every snapshot has when a rule set declares no schema: `snapshot_version` 1, an RFC 3339
  /// `as_of` and a `contract` with string `id`, `kind` and `status`, and the other sections of the
  /// format, unchecked. Expressions see its sections as variables but are not type-checked
  /// against it.
  public static let core = SnapshotSchema(
    root: SchemaNode(
      types: [.object],
      properties: [
        SchemaProperty(
          name: "snapshot_version",
          node: SchemaNode(
            types: [.integer], allowedValues: [.int(1)],
            description: "The snapshot format's version; this Closeout reads version 1.")),
        SchemaProperty(name: "as_of", node: SchemaNode(types: [.string], format: .dateTime)),
        SchemaProperty(
          name: "contract",
          node: SchemaNode(
            types: [.object],
            properties: ["id", "kind", "status"].map {
              SchemaProperty(name: $0, node: SchemaNode(types: [.string]))
            },
            required: ["id", "kind", "status"])),
      ]
        // The other sections of format version 1, any value: rules without a schema see them.
        + [
          "messages", "client_agreement", "tasks", "milestones", "hourly", "disputes", "handover",
          "end_request", "feedback", "reflection", "language", "waivers",
        ].map { SchemaProperty(name: $0, node: SchemaNode()) },
      required: ["snapshot_version", "as_of", "contract"]))
}

extension SchemaNode {
  /// This node extended by `later`: the keywords `later` sets replace these, its properties are
  /// merged by name (recursively), its required keys are added.
  func extended(by later: SchemaNode) -> SchemaNode {
    var result = self
    if let types = later.types { result.types = types }
    if let values = later.allowedValues { result.allowedValues = values }
    if let format = later.format { result.format = format }
    if let description = later.description { result.description = description }
    if let defaultValue = later.defaultValue { result.defaultValue = defaultValue }
    if let maxItems = later.maxItems { result.maxItems = maxItems }
    if let maxLength = later.maxLength { result.maxLength = maxLength }
    if let location = later.location { result.location = location }
    for property in later.properties {
      if let index = result.properties.firstIndex(where: { $0.name == property.name }) {
        result.properties[index].node = result.properties[index].node.extended(by: property.node)
      } else {
        result.properties.append(property)
      }
    }
    for key in later.required where !result.required.contains(key) { result.required.append(key) }
    if let items = later.items { result.items = self.items.map { $0.extended(by: items) } ?? items }
    return result
  }
}
