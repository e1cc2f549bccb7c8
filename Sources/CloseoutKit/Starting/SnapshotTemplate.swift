import CEL

/// A snapshot in YAML for a freelancer to fill in, written by `closeout init`: every field the
/// snapshot schema declares, each under a one-line comment saying what it means, with the values
/// of `TemplateAnswers`.
///
/// The fields come from the schema, so a field added to it shows up in the template without a
/// change here: its comment is its `description` (else a note from `FieldNotes`), and a field the
/// answers say nothing about gets a value the schema accepts (null where it may be null), after
/// the declared field before it. Fields the schema does not declare, such as `language` before it
/// does, are written too: snapshots may carry them.
public struct SnapshotTemplate: Sendable {
  /// The values to write, keys in the order to write them.
  let document: JSONValue
  /// The fields to write, their order and their comments.
  let schema: SnapshotSchema
  /// The `as_of` of the snapshot, for date-time fields that must have a value.
  let asOf: Timestamp

  /// The template of the snapshot that `answers` describe, with the fields of `schema`.
  public init(_ answers: TemplateAnswers, schema: SnapshotSchema) {
    document = answers.document
    self.schema = schema
    asOf = answers.asOf
  }

  /// The template as YAML text.
  public var text: String {
    let summary = schema.root.description.map(Self.oneLine) ?? "The state of one contract at one moment."
    var lines = [
      "# A Closeout snapshot. \(summary)",
      "# Replace the example values with your contract's (null where you do not know, [] for an",
      "# empty list), then run: closeout check FILE",
    ]
    guard case .object(let members) = document else { return lines.joined(separator: "\n") + "\n" }
    appendMembers(members, of: schema.root, path: "", indent: "", annotated: true, to: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Appends the lines of a mapping's `members` and of placeholders for the properties `node`
  /// declares that they lack, each under its comment when `annotated`.
  private func appendMembers(
    _ members: [(String, JSONValue)], of node: SchemaNode?, path: String, indent: String, annotated: Bool,
    to lines: inout [String]
  ) {
    for (key, value) in ordered(members, by: node) {
      let childPath = path.isEmpty ? key : path + "." + key
      let child = node?.property(key)
      // Top-level sections are set apart by a blank line.
      if path.isEmpty, !lines.isEmpty { lines.append("") }
      if annotated { lines.append(indent + "# " + note(childPath, child)) }
      appendMember(
        key, value, of: child, required: node?.required.contains(key) ?? false, path: childPath,
        indent: indent, annotated: annotated, to: &lines)
    }
  }

  /// Appends the lines of one `key: value` pair, whose schema is `node`.
  private func appendMember(
    _ key: String, _ value: JSONValue, of node: SchemaNode?, required: Bool, path: String, indent: String,
    annotated: Bool, to lines: inout [String]
  ) {
    let head = indent + Self.scalarText(key) + ":"
    switch value {
    case .object(let members) where !members.isEmpty || !(node?.properties.isEmpty ?? true):
      lines.append(head)
      appendMembers(members, of: node, path: path, indent: indent + "  ", annotated: annotated, to: &lines)
    case .array(let items) where items.contains(where: Self.isBlock):
      lines.append(head)
      for (index, item) in items.enumerated() {
        appendItem(
          item, of: node?.items, path: path + "[]", indent: indent + "  ",
          annotated: annotated && index == 0, to: &lines)
      }
    case .null where !(node?.allowsNull ?? true):
      // A field that may not be null: an example value when it is required, else the line
      // commented out, to be filled in or left out.
      let example = node.map(example(of:)) ?? .null
      lines.append((required ? head : indent + "# " + Self.scalarText(key) + ":") + " " + Self.flow(example))
    default:
      lines.append(head + " " + Self.flow(value))
    }
  }

  /// Appends one item of a block sequence: its mapping's first key after `- `.
  private func appendItem(
    _ item: JSONValue, of node: SchemaNode?, path: String, indent: String, annotated: Bool,
    to lines: inout [String]
  ) {
    guard case .object(let members) = item, Self.isBlock(item) else {
      lines.append(indent + "- " + Self.flow(item))
      return
    }
    var itemLines: [String] = []
    appendMembers(members, of: node, path: path, indent: indent + "  ", annotated: annotated, to: &itemLines)
    // The comments above the first key sit at the dash's indentation; the key follows the dash.
    let first = itemLines.firstIndex { !$0.hasPrefix(indent + "  #") } ?? itemLines.count
    for index in itemLines[..<first].indices {
      itemLines[index] = indent + itemLines[index].dropFirst(indent.count + 2)
    }
    if first < itemLines.count {
      itemLines[first] = indent + "- " + itemLines[first].dropFirst(indent.count + 2)
    }
    lines += itemLines
  }

  /// `members` in the order to write them, with a placeholder for each property `node` declares
  /// that they lack, put after the declared property before it.
  private func ordered(_ members: [(String, JSONValue)], by node: SchemaNode?) -> [(String, JSONValue)] {
    var result = members
    for (index, property) in (node?.properties ?? []).enumerated()
    where !result.contains(where: { $0.0 == property.name }) {
      let before = node?.properties[..<index].reversed().lazy.compactMap { previous in
        result.firstIndex { $0.0 == previous.name }
      }.first
      result.insert((property.name, placeholder(for: property.node)), at: before.map { $0 + 1 } ?? 0)
    }
    return result
  }

  /// The comment above the field at `path`: its description, else its note, else its types; and
  /// the values it allows when it has an enum of strings.
  private func note(_ path: String, _ node: SchemaNode?) -> String {
    var text = (node?.description ?? FieldNotes.byPath[path]).map(Self.oneLine) ?? Self.typePhrase(node)
    if let allowed = node?.allowedStrings, allowed.count > 1 {
      if !text.hasSuffix(".") { text += "." }
      text += " One of: " + allowed.joined(separator: ", ") + "."
    }
    return text
  }
}
