/// A JSON document with object keys kept in the order they were written, for stable output.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// A finite double, written in its shortest exact form.
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// `value` or `null`.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// The document as indented JSON text.
  func rendered(indent: String = "") -> String {
    var text = ""
    write(to: &text, indent: indent)
    return text
  }

  /// Appends the document as indented JSON text to `text`, its nested lines indented by `indent`
  /// and two spaces per level.
  func write(to text: inout String, indent: String) {
    switch self {
    case .null: text += "null"
    case .bool(let b): text += b ? "true" : "false"
    case .int(let i): text += String(i)
    case .double(let d): text += d.isFinite ? "\(d)" : "null"
    case .string(let s): JSONValue.appendQuoted(s, to: &text)
    case .array(let items):
      if items.isEmpty {
        text += "[]"
        return
      }
      let inner = indent + "  "
      text += "["
      for (position, item) in items.enumerated() {
        text += position == 0 ? "\n" : ",\n"
        text += inner
        item.write(to: &text, indent: inner)
      }
      text += "\n"
      text += indent
      text += "]"
    case .object(let members):
      if members.isEmpty {
        text += "{}"
        return
      }
      let inner = indent + "  "
      text += "{"
      for (position, (key, value)) in members.enumerated() {
        text += position == 0 ? "\n" : ",\n"
        text += inner
        JSONValue.appendQuoted(key, to: &text)
        text += ": "
        value.write(to: &text, indent: inner)
      }
      text += "\n"
      text += indent
      text += "}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var result = ""
    appendQuoted(text, to: &result)
    return result
  }

  /// Appends `text` as a JSON string literal. Text with no byte that can start an escape, the
  /// usual case, is copied as it is; otherwise the runs between escapes are copied whole.
  static func appendQuoted(_ text: String, to result: inout String) {
    result += "\""
    if mayNeedEscapes(text) {
      appendEscaped(text, to: &result)
    } else {
      result += text
    }
    result += "\""
  }

  /// Whether some byte of `text` may start an escape, read through a bounds-checked span.
  private static func mayNeedEscapes(_ text: String) -> Bool {
    let bytes = text.utf8.span
    var index = 0
    while index < bytes.count {
      if mayStartEscape(bytes[index]) { return true }
      index += 1
    }
    return false
  }

  /// Whether `byte` may start a scalar that `escape(at:in:)` escapes: ASCII specials or the lead
  /// bytes of C1 characters and of U+2028/U+2029.
  private static func mayStartEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2
      || byte == 0xE2
  }

  /// Appends `text` with its escapes, copying the runs between them whole.
  private static func appendEscaped(_ text: String, to result: inout String) {
    let bytes = text.utf8
    var copied = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      guard let (escape, length) = escape(at: index, in: bytes) else {
        index = bytes.index(after: index)
        continue
      }
      // `index` starts a scalar (an ASCII byte or a lead byte), so the run before it is whole scalars.
      result += text[copied..<index]
      result += escape
      index = bytes.index(index, offsetBy: length)
      copied = index
    }
    result += text[copied...]
  }

  /// The escape for the scalar at `index` and its length in bytes, or nil when it needs none.
  ///
  /// Judged on UTF-8 bytes, which is much cheaper than walking scalars: quotes, backslashes, C0 and
  /// DEL are single bytes, C1 (U+0080–U+009F) is C2 80–C2 9F, U+2028 and U+2029 are E2 80 A8 and
  /// E2 80 A9.
  private static func escape(at index: String.UTF8View.Index, in bytes: String.UTF8View)
    -> (String, Int)?
  {
    switch bytes[index] {
    case UInt8(ascii: "\""): return ("\\\"", 1)
    case UInt8(ascii: "\\"): return ("\\\\", 1)
    case UInt8(ascii: "\n"): return ("\\n", 1)
    case UInt8(ascii: "\r"): return ("\\r", 1)
    case UInt8(ascii: "\t"): return ("\\t", 1)
    case let byte where byte < 0x20 || byte == 0x7F: return (unicodeEscape(UInt32(byte)), 1)
    case 0xC2:
      let next = bytes.index(after: index)
      guard next != bytes.endIndex, (0x80...0x9F).contains(bytes[next]) else { return nil }
      return (unicodeEscape(UInt32(bytes[next])), 2)
    case 0xE2:
      let second = bytes.index(after: index)
      guard second != bytes.endIndex, bytes[second] == 0x80 else { return nil }
      let third = bytes.index(after: second)
      guard third != bytes.endIndex, bytes[third] == 0xA8 || bytes[third] == 0xA9 else { return nil }
      return (bytes[third] == 0xA8 ? "\\u2028" : "\\u2029", 3)
    default: return nil
    }
  }

  /// `\uXXXX` for `value`, in lower-case hex.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
}
