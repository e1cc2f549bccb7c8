import CEL

/// How values appear in messages.
enum ValueText {
  /// The most UTF-8 bytes one value takes in a message; a longer text is cut with `…`, so that a
  /// template naming a large list renders in time proportional to the limit, not to the list.
  static let displayLimit = 4096

  /// A value as a person reads it in a message: strings as they are, lists joined with commas,
  /// whole doubles without a fraction, timestamps in RFC 3339; cut to `displayLimit` bytes.
  static func display(_ value: Value) -> String {
    var text = ""
    if !append(value, to: &text, limit: displayLimit) { text += "…" }
    return text
  }

  /// Appends the display text of `value` to `text`; false when it stopped at `limit` bytes.
  private static func append(_ value: Value, to text: inout String, limit: Int) -> Bool {
    func add(_ part: String) -> Bool {
      let room = limit - text.utf8.count
      guard part.utf8.count > room else {
        text += part
        return true
      }
      // Cut on a character boundary within the room left.
      var cut = part.startIndex
      var used = 0
      for character in part {
        used += character.utf8.count
        if used > room { break }
        cut = part.index(after: cut)
      }
      text += part[..<cut]
      return false
    }
    switch value {
    case .null: return add("null")
    case .bool(let b): return add(b ? "true" : "false")
    case .int(let i): return add(String(i))
    case .uint(let u): return add(String(u))
    case .double(let d): return add(number(d))
    case .string(let s): return add(s)
    case .bytes(let b): return add(String(decoding: b.prefix(limit), as: UTF8.self))
    case .list(let items):
      for (index, item) in items.enumerated() {
        guard index == 0 || add(", "), append(item, to: &text, limit: limit) else { return false }
      }
      return true
    case .map(let map):
      for (index, entry) in map.entries.enumerated() {
        guard index == 0 || add(", "), append(entry.key, to: &text, limit: limit), add(": "),
          append(entry.value, to: &text, limit: limit)
        else { return false }
      }
      return true
    case .timestamp, .duration, .type: return add((try? Value.string(from: value)) ?? value.debugText)
    case .optional: return add(value.debugText)
    }
  }

  /// A value as a CEL literal, cut to `limit` characters with `…`.
  static func literal(_ value: Value, limit: Int) -> String {
    let text = value.debugText
    return text.count <= limit ? text : text.prefix(limit - 1) + "…"
  }

  /// A double without a trailing `.0` when it is whole.
  static func number(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return String(d)
  }

  /// The CEL type name of a value, for error messages.
  static func typeName(of value: Value) -> String {
    switch value {
    case .null: "null_type"
    case .bool: "bool"
    case .int: "int"
    case .uint: "uint"
    case .double: "double"
    case .string: "string"
    case .bytes: "bytes"
    case .list: "list"
    case .map: "map"
    case .timestamp: "timestamp"
    case .duration: "duration"
    case .type: "type"
    case .optional: "optional_type"
    }
  }
}
