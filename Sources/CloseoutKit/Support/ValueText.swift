import CEL

/// How values appear in messages.
enum ValueText {
  /// A value as a person reads it in a message: strings as they are, lists joined with commas,
  /// whole doubles without a fraction, timestamps in RFC 3339.
  static func display(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .uint(let u): String(u)
    case .double(let d): number(d)
    case .string(let s): s
    case .bytes(let b): String(decoding: b, as: UTF8.self)
    case .list(let items): items.map(display).joined(separator: ", ")
    case .map(let map): map.entries.map { "\(display($0.key)): \(display($0.value))" }.joined(separator: ", ")
    case .timestamp, .duration, .type: (try? Value.string(from: value)) ?? value.debugText
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
    }
  }
}
