import CEL

/// A way in which a snapshot does not match its schema, at a path of keys and indices; the loader
/// turns it into a diagnostic at the node the path leads to.
struct SchemaProblem: Equatable, Sendable {
  /// One step of a path into a snapshot.
  enum Step: Equatable, Sendable {
    case key(String)
    case index(Int)
  }

  /// The steps leading to the offending value; for a missing key, the path of its parent.
  var path: [Step]
  /// What is wrong.
  var message: String
  /// What the value should be, when the schema says more.
  var hint: String?
}

// The messages, gathered in one place.
extension SchemaProblem {
  static func notAMapping(_ document: Value) -> SchemaProblem {
    SchemaProblem(path: [], message: "a snapshot must be a mapping of sections, not \(describe(document))")
  }

  static func missing(_ key: String, at path: [Step]) -> SchemaProblem {
    let owner = path.isEmpty ? "the snapshot" : "'\(display(path))'"
    return SchemaProblem(path: path, message: "\(owner) is missing the required key '\(key)'")
  }

  static func tooManyItems(_ count: Int, _ limit: Int, at path: [Step]) -> SchemaProblem {
    SchemaProblem(
      path: path, message: "'\(display(path))' has \(count) items, more than the \(limit) the schema allows",
      hint: "the rules' cost is bounded by the schema's sizes; keep the items that matter for ending")
  }

  static func tooLong(_ length: Int, _ limit: Int, at path: [Step]) -> SchemaProblem {
    SchemaProblem(
      path: path,
      message: "'\(display(path))' is \(length) characters long, more than the \(limit) the schema allows",
      hint: "the rules' cost is bounded by the schema's sizes; shorten the text")
  }

  static func wrongType(_ value: Value, _ types: [SchemaType], at path: [Step], hint: String?)
    -> SchemaProblem
  {
    SchemaProblem(
      path: path,
      message:
        "'\(display(path))' must be \(types.map(\.phrase).joined(separator: " or ")), not \(describe(value))",
      hint: hint)
  }

  static func wrongFormat(_ value: Value, _ format: SchemaFormat, at path: [Step], hint: String?)
    -> SchemaProblem
  {
    let expected =
      switch format {
      case .dateTime:
        "an RFC 3339 timestamp such as 2026-11-20T10:00:00Z, in the years"
          + " \(SchemaFormat.years.lowerBound) to \(SchemaFormat.years.upperBound)"
      }
    return SchemaProblem(
      path: path, message: "'\(display(path))' must be \(expected), not \(describe(value))", hint: hint)
  }

  static func notAllowed(_ value: Value, _ allowed: [Value], at path: [Step], hint: String?) -> SchemaProblem
  {
    let listed = allowed.map(ValueText.display).joined(separator: ", ")
    let expected = allowed.count == 1 ? listed : "one of \(listed)"
    var suggestion: String?
    if case .string(let text) = value {
      suggestion = Suggestion.didYouMean(text, among: allowed.compactMap(\.stringValue))
    }
    return SchemaProblem(
      path: path, message: "'\(display(path))' must be \(expected), not \(describe(value))",
      hint: suggestion ?? hint)
  }

  /// A path as written in messages: `contract.id`, `tasks[0].status`.
  static func display(_ path: [Step]) -> String {
    var text = ""
    for step in path {
      switch step {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  /// A value as "must be X, not Y" messages name it.
  static func describe(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .map: "a mapping"
    case .list: "a list"
    case .string(let s): "the string '\(s)'"
    default: "the \(ValueText.typeName(of: value)) \(ValueText.display(value))"
    }
  }
}
