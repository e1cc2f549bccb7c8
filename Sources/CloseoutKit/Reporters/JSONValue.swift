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
  func rendered(indent: Int = 0) -> String {
    var bytes: [UInt8] = []
    write(to: &bytes, indent: indent)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The document on one line, with no space between its tokens (a line of NDJSON).
  func line() -> String {
    var bytes: [UInt8] = []
    write(to: &bytes, indent: nil)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the document as indented JSON text, in UTF-8, to `bytes`: its nested lines indented by
  /// `indent` spaces and two more per level, or all on one line when `indent` is nil. Bytes rather
  /// than a `String`, whose every small append costs a check of its storage: the report of a batch
  /// is mostly such appends.
  func write(to bytes: inout [UInt8], indent: Int?) {
    let inner = indent.map { $0 + 2 }
    switch self {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): bytes.append(contentsOf: String(i).utf8)
    case .double(let d): bytes.append(contentsOf: (d.isFinite ? "\(d)" : "null").utf8)
    case .string(let s): JSONValue.appendQuoted(s, to: &bytes)
    case .array(let items):
      guard !items.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
      bytes.append(UInt8(ascii: "["))
      for (position, item) in items.enumerated() {
        Self.startLine(after: position == 0 ? nil : UInt8(ascii: ","), indent: inner, in: &bytes)
        item.write(to: &bytes, indent: inner)
      }
      Self.startLine(after: nil, indent: indent, in: &bytes)
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
      bytes.append(UInt8(ascii: "{"))
      for (position, (key, value)) in members.enumerated() {
        Self.startLine(after: position == 0 ? nil : UInt8(ascii: ","), indent: inner, in: &bytes)
        JSONValue.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        value.write(to: &bytes, indent: inner)
      }
      Self.startLine(after: nil, indent: indent, in: &bytes)
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// `separator` if any, then a line feed and `indent` spaces unless the document is on one line.
  private static func startLine(after separator: UInt8?, indent: Int?, in bytes: inout [UInt8]) {
    if let separator { bytes.append(separator) }
    guard let indent else { return }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal. Bytes that need no escape, the usual case, are
  /// copied as they are, in runs.
  static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    let utf8 = text.utf8.span
    var index = 0
    // Most text needs no escape: find the first byte that may start one before anything else.
    while index < utf8.count, !mayStartEscape(utf8[index]) { index += 1 }
    var copied = 0
    while index < utf8.count {
      guard mayStartEscape(utf8[index]), let (escape, length) = escape(at: index, in: utf8) else {
        index += 1
        continue
      }
      // `index` starts a scalar (an ASCII byte or a lead byte), so the run before it is whole scalars.
      for offset in copied..<index { bytes.append(utf8[offset]) }
      bytes.append(contentsOf: escape.utf8)
      index += length
      copied = index
    }
    if copied == 0 {
      bytes.append(contentsOf: text.utf8)
    } else {
      for offset in copied..<utf8.count { bytes.append(utf8[offset]) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Whether `byte` may start a scalar that `escape(at:in:)` escapes: ASCII specials or the lead
  /// bytes of C1 characters and of U+2028/U+2029.
  @inline(__always) private static func mayStartEscape(_ byte: UInt8) -> Bool {
    escapeStarts[Int(byte)] != 0
  }

  /// By byte, 1 where `mayStartEscape` holds: C0, the quote, the backslash, DEL, C2 and E2. One load a byte in the
  /// loop that copies text, a table the compiler lays out statically (as `WordCharacters` does).
  private static let escapeStarts: [UInt8] = [
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x00
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x10
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x20
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x30
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x40
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,  // 0x50
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x60
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,  // 0x70
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x80
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x90
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xA0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xB0
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xC0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xD0
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xE0
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0xF0
  ]

  /// The escape for the scalar at `index` and its length in bytes, or nil when it needs none.
  ///
  /// Judged on UTF-8 bytes, which is much cheaper than walking scalars: quotes, backslashes, C0 and
  /// DEL are single bytes, C1 (U+0080–U+009F) is C2 80–C2 9F, U+2028 and U+2029 are E2 80 A8 and
  /// E2 80 A9.
  private static func escape(at index: Int, in bytes: Span<UInt8>) -> (String, Int)? {
    switch bytes[index] {
    case UInt8(ascii: "\""): return ("\\\"", 1)
    case UInt8(ascii: "\\"): return ("\\\\", 1)
    case UInt8(ascii: "\n"): return ("\\n", 1)
    case UInt8(ascii: "\r"): return ("\\r", 1)
    case UInt8(ascii: "\t"): return ("\\t", 1)
    case let byte where byte < 0x20 || byte == 0x7F: return (unicodeEscape(UInt32(byte)), 1)
    case 0xC2:
      guard index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) else { return nil }
      return (unicodeEscape(UInt32(bytes[index + 1])), 2)
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
      else { return nil }
      return (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
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
