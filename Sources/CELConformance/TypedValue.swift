import CEL
import Foundation

/// Decodes the suite's TYPED_VALUE objects (`{"int": "1"}`, `{"list": [...]}`, ...) into values.
enum TypedValue {
  static func decode(_ json: Any) throws -> Value {
    guard let object = json as? [String: Any], object.count == 1, let (tag, payload) = object.first else {
      throw ConformanceLoader.LoadError("not a typed value: \(json)")
    }
    switch tag {
    case "null": return .null
    case "bool": return .bool(try cast(payload, Bool.self))
    case "int":
      guard let i = Int64(try cast(payload, String.self)) else { throw bad(tag, payload) }
      return .int(i)
    case "uint":
      guard let u = UInt64(try cast(payload, String.self)) else { throw bad(tag, payload) }
      return .uint(u)
    case "double":
      if let text = payload as? String {
        switch text {
        case "NaN": return .double(.nan)
        case "Infinity": return .double(.infinity)
        case "-Infinity": return .double(-.infinity)
        default: throw bad(tag, payload)
        }
      }
      return .double(try cast(payload, NSNumber.self).doubleValue)
    case "string": return .string(try cast(payload, String.self))
    case "bytes_b64":
      guard let data = Data(base64Encoded: try cast(payload, String.self)) else { throw bad(tag, payload) }
      return .bytes(Array(data))
    case "list": return .list(try cast(payload, [Any].self).map(decode))
    case "map":
      var map = MapValue()
      for entry in try cast(payload, [[Any]].self) {
        guard entry.count == 2, map.set(try decode(entry[0]), try decode(entry[1])) else {
          throw bad(tag, entry)
        }
      }
      return .map(map)
    case "type": return .type(TypeText.parse(try cast(payload, String.self)))
    case "timestamp":
      guard let t = Timestamp(rfc3339: try cast(payload, String.self)) else { throw bad(tag, payload) }
      return .timestamp(t)
    case "duration":
      guard let d = Duration(text: try cast(payload, String.self)) else { throw bad(tag, payload) }
      return .duration(d)
    case "message":
      if let inner = (payload as? [String: Any])?["cel"] { return try decode(inner) }
      throw ConformanceLoader.LoadError("protobuf message values are not supported")
    default:
      throw ConformanceLoader.LoadError("unsupported typed value '\(tag)'")
    }
  }

  private static func cast<T>(_ payload: Any, _ type: T.Type) throws -> T {
    guard let value = payload as? T else {
      throw ConformanceLoader.LoadError("expected \(T.self): \(payload)")
    }
    return value
  }

  private static func bad(_ tag: String, _ payload: Any) -> Error {
    ConformanceLoader.LoadError("malformed \(tag): \(payload)")
  }
}

/// Parses the suite's type strings: `int`, `list(string)`, `map(string, int)`, `type(T)`, ...
enum TypeText {
  static func parse(_ text: String) -> CELType {
    var scanner = Substring(text)
    return parseType(&scanner)
  }

  private static func parseType(_ text: inout Substring) -> CELType {
    text = text.drop { $0 == " " }
    let name = String(text.prefix { $0 != "(" && $0 != ")" && $0 != "," })
      .trimmingCharacters(in: .whitespaces)
    text = text.dropFirst(text.prefix { $0 != "(" && $0 != ")" && $0 != "," }.count)
    var parameters: [CELType] = []
    if text.first == "(" {
      text = text.dropFirst()
      while !text.isEmpty, text.first != ")" {
        parameters.append(parseType(&text))
        text = text.drop { $0 == " " || $0 == "," || $0 == ";" }
      }
      text = text.dropFirst()
    }
    switch (name, parameters.count) {
    case ("int", _): return .int
    case ("uint", _): return .uint
    case ("double", _): return .double
    case ("bool", _): return .bool
    case ("string", _): return .string
    case ("bytes", _): return .bytes
    case ("null_type", _): return .null
    case ("dyn", _), ("any", _): return .dyn
    case ("error", _): return .error
    case ("timestamp", _), ("google.protobuf.Timestamp", _): return .timestamp
    case ("duration", _), ("google.protobuf.Duration", _): return .duration
    case ("list", 1): return .list(parameters[0])
    case ("list", _): return .list(.dyn)
    case ("map", 2): return .map(parameters[0], parameters[1])
    case ("map", _): return .map(.dyn, .dyn)
    case ("type", 1): return .type(parameters[0])
    case ("type", _): return .type(nil)
    case ("wrapper", 1): return parameters[0]
    default:
      if name.count == 1, name.first?.isUppercase == true { return .parameter(name) }
      return .named(name, parameters)
    }
  }
}
