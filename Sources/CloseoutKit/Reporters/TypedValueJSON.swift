import CEL

/// A CEL value as typed JSON: an object with one key naming the type, as in the CEL conformance
/// suite's JSON (`{"int": "42"}`, `{"list": [{"string": "a"}]}`), so that `1`, `1u` and `1.0`
/// stay distinct.
public enum TypedValueJSON {
  /// `value` as indented typed JSON text.
  public static func render(_ value: Value) -> String {
    json(value).rendered() + "\n"
  }

  static func json(_ value: Value) -> JSONValue {
    switch value {
    case .null: return .object([("null", .bool(true))])
    case .bool(let b): return .object([("bool", .bool(b))])
    case .int(let i): return .object([("int", .string(String(i)))])
    case .uint(let u): return .object([("uint", .string(String(u)))])
    case .double(let d):
      if d.isNaN { return .object([("double", .string("NaN"))]) }
      if d.isInfinite { return .object([("double", .string(d > 0 ? "Infinity" : "-Infinity"))]) }
      return .object([("double", .double(d))])
    case .string(let s): return .object([("string", .string(s))])
    case .bytes(let b): return .object([("bytes_b64", .string(Base64.encode(b)))])
    case .list(let items): return .object([("list", .array(items.map(json)))])
    case .map(let map):
      return .object([("map", .array(map.entries.map { .array([json($0.key), json($0.value)]) }))])
    case .timestamp(let t): return .object([("timestamp", .string(t.rfc3339))])
    case .duration: return .object([("duration", .string(ValueText.display(value)))])
    case .type(let t): return .object([("type", .string(t.name))])
    case .optional(let wrapped): return .object([("optional", wrapped.map(json) ?? .null)])
    }
  }
}

/// Standard base64 with padding, for bytes in typed JSON.
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

  static func encode(_ bytes: [UInt8]) -> String {
    var text = ""
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
      for position in 0..<4 {
        text.append(position <= chunk.count ? alphabet[Int((value >> (18 - 6 * position)) & 63)] : "=")
      }
      index += 3
    }
    return text
  }
}
