extension Value {
  /// The value converted with CEL's `string()`: numbers in decimal, bytes as UTF-8, timestamps
  /// in RFC 3339, durations in seconds (`1.5s`), types by name.
  public static func string(from value: Value) throws(EvalError) -> String {
    switch value {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return String(u)
    case .double(let d): return DoubleText.general(d)
    case .bytes(let bytes):
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw EvalError.conversion("invalid UTF-8 in bytes converted to string")
      }
      return text
    case .timestamp(let t): return t.rfc3339
    case .duration(let d): return d.text
    case .type(let t): return t.name
    case .null, .list, .map, .optional: throw EvalError.noSuchOverload("string", value)
    }
  }

  /// The value as a CEL literal would write it, for messages and test output:
  /// `'text'`, `1u`, `b'\x00'`, `[1, 2]`, `{'k': true}`, `timestamp('…')`, `optional.of(1)`,
  /// `optional.none()`.
  public var debugText: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .uint(let u): return "\(u)u"
    case .double(let d):
      let text = DoubleText.decimal(d)
      return d.isFinite && !text.contains(".") ? text + ".0" : text
    case .string(let s): return Self.quoted(s)
    case .bytes(let bytes):
      return "b'"
        + bytes.map { byte in
          (32..<127).contains(byte) && byte != 39 && byte != 92
            ? String(UnicodeScalar(byte)) : "\\x" + Self.hex(byte)
        }.joined() + "'"
    case .list(let items): return "[" + items.map(\.debugText).joined(separator: ", ") + "]"
    case .map(let map):
      return "{" + map.entries.map { "\($0.key.debugText): \($0.value.debugText)" }.joined(separator: ", ")
        + "}"
    case .timestamp(let t): return "timestamp('\(t.rfc3339)')"
    case .duration(let d): return "duration('\(d.text)')"
    case .type(let t): return t.name
    case .optional(let wrapped?): return "optional.of(\(wrapped.debugText))"
    case .optional(nil): return "optional.none()"
    }
  }

  private static func quoted(_ text: String) -> String {
    var result = "'"
    for scalar in text.unicodeScalars {
      switch scalar {
      case "'": result += "\\'"
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "'"
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
  }
}

extension Value: CustomStringConvertible {
  /// The value as a CEL literal (see `debugText`).
  public var description: String { debugText }
}
