import CEL

extension SnapshotTemplate {
  /// The value of a declared field the answers say nothing about: its properties for a mapping,
  /// an empty list, null where allowed, else an example of its type.
  func placeholder(for node: SchemaNode) -> JSONValue {
    let types = node.types ?? []
    if !node.properties.isEmpty, node.types == nil || types.contains(.object) {
      return .object(node.properties.map { ($0.name, placeholder(for: $0.node)) })
    }
    if types.contains(.array) { return .array([]) }
    if node.allowsNull { return .null }
    return example(of: node)
  }

  /// A value that is not null and that `node` accepts: its first allowed value, `as_of` for a
  /// date-time, else the simplest value of its first type.
  func example(of node: SchemaNode) -> JSONValue {
    if let first = node.allowedValues?.first {
      switch first {
      case .string(let text): return .string(text)
      case .int(let number): return .int(Int(number))
      case .uint(let number): return .int(Int(clamping: number))
      case .double(let number): return .double(number)
      case .bool(let flag): return .bool(flag)
      default: break
      }
    }
    if node.format == .dateTime { return .string(asOf.rfc3339) }
    switch node.types?.first(where: { $0 != .null }) {
    case .string: return .string("")
    case .integer, .number: return .int(0)
    case .boolean: return .bool(false)
    case .array: return .array([])
    case .object: return .object(node.properties.map { ($0.name, placeholder(for: $0.node)) })
    case .null, nil: return .null
    }
  }

  /// Whether `value` is written as a block (a mapping with keys) rather than inline.
  static func isBlock(_ value: JSONValue) -> Bool {
    if case .object(let members) = value { return !members.isEmpty }
    return false
  }

  /// `value` on one line, in YAML flow style: plain scalars where they read back as the same
  /// string, double-quoted ones (JSON escapes are YAML escapes) where they would not.
  static func flow(_ value: JSONValue, inCollection: Bool = false) -> String {
    switch value {
    case .string(let text): return scalarText(text, inCollection: inCollection)
    case .array(let items):
      return "[" + items.map { flow($0, inCollection: true) }.joined(separator: ", ") + "]"
    case .object(let members):
      let pairs = members.map { scalarText($0.0, inCollection: true) + ": " + flow($0.1, inCollection: true) }
      return "{" + pairs.joined(separator: ", ") + "}"
    case .null, .bool, .int, .double: return value.rendered()
    }
  }

  /// `text` as a YAML scalar: plain when that is safe, else double-quoted. Inside a flow collection
  /// a comma would end a plain scalar, so there it needs quotes too.
  static func scalarText(_ text: String, inCollection: Bool = false) -> String {
    isSafePlain(text) && !(inCollection && text.contains(",")) ? text : JSONValue.quoted(text)
  }

  /// Words that a YAML reader (1.2 core, or 1.1 for other tools) takes for null or a boolean.
  private static let reservedWords: Set<String> = [
    "null", "true", "false", "yes", "no", "on", "off", "y", "n",
  ]

  /// The characters a plain scalar may hold after its first letter: none that starts a comment,
  /// ends a key, opens a flow collection or an alias.
  private static func isPlainCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || " _-.,'/()?!".contains(character)
  }

  /// Whether `text` written plain reads back as the same string: a date-time, or text that starts
  /// with a letter, holds only plain characters, does not end in a space and is no reserved word.
  private static func isSafePlain(_ text: String) -> Bool {
    if text.first?.isNumber == true { return Timestamp(rfc3339: text) != nil && !text.contains(" ") }
    guard let first = text.first, first.isLetter, text.last != " " else { return false }
    return text.allSatisfy(isPlainCharacter) && !reservedWords.contains(text.lowercased())
  }

  /// `text` with its runs of white space, line breaks included, made single spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// What a field without a description or a note holds, from its types: "A string, or null."
  static func typePhrase(_ node: SchemaNode?) -> String {
    guard let node, let types = node.types?.filter({ $0 != .null }), !types.isEmpty else {
      return "Any value."
    }
    var text = types.map(\.phrase).joined(separator: " or ")
    if node.format == .dateTime { text += " (RFC 3339 date-time)" }
    if node.allowsNull { text += ", or null" }
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }
}
