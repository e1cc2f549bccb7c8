/// A parsed `format` string (the strings extension's `"%s is %d".format([a, b])`), with cel-go's
/// clauses: `%s`, `%d`, `%f`, `%e` (with an optional `.precision`), `%b`, `%x`, `%X`, `%o`, `%%`.
struct StringFormatter: Sendable {
  private enum Piece: Sendable {
    case text(String)
    case clause(verb: Unicode.Scalar, precision: Int?)
  }

  private let pieces: [Piece]

  /// Parses the format string; an unknown clause is an error.
  init(_ format: String) throws(EvalError) {
    var pieces: [Piece] = []
    var text = ""
    let scalars = Array(format.unicodeScalars)
    var position = 0
    while position < scalars.count {
      let scalar = scalars[position]
      position += 1
      guard scalar == "%" else {
        text.unicodeScalars.append(scalar)
        continue
      }
      guard position < scalars.count else { throw EvalError("unexpected end of format string") }
      if scalars[position] == "%" {
        text += "%"
        position += 1
        continue
      }
      var precision: Int?
      if scalars[position] == "." {
        position += 1
        var digits = ""
        while position < scalars.count, ("0"..."9").contains(scalars[position]) {
          digits.unicodeScalars.append(scalars[position])
          position += 1
        }
        guard let value = Int(digits), value <= 100 else {
          throw EvalError("could not parse formatting clause: invalid precision")
        }
        precision = value
      }
      guard position < scalars.count else { throw EvalError("unexpected end of format string") }
      let verb = scalars[position]
      position += 1
      guard "sdfebxXo".unicodeScalars.contains(verb) else {
        throw EvalError("could not parse formatting clause: unrecognized formatting clause \"\(verb)\"")
      }
      if !text.isEmpty { pieces.append(.text(text)) }
      text = ""
      pieces.append(.clause(verb: verb, precision: precision))
    }
    if !text.isEmpty { pieces.append(.text(text)) }
    self.pieces = pieces
  }

  /// The string with each clause replaced by the next argument.
  func format(_ arguments: [Value]) throws(EvalError) -> String {
    var result = ""
    var next = 0
    for piece in pieces {
      switch piece {
      case .text(let text):
        result += text
      case .clause(let verb, let precision):
        guard next < arguments.count else { throw EvalError("index \(next) out of range") }
        result += try Self.clause(verb, precision, arguments[next])
        next += 1
      }
    }
    return result
  }

  private static func clause(_ verb: Unicode.Scalar, _ precision: Int?, _ value: Value) throws(EvalError)
    -> String
  {
    switch verb {
    case "s":
      return try text(of: value)
    case "d":
      switch value {
      case .int(let i): return String(i)
      case .uint(let u): return String(u)
      case .double(let d): return DoubleText.decimal(d)
      default: throw failure("decimal clause can only be used on integers", value)
      }
    case "f", "e":
      let number: Double
      switch value {
      case .int(let i): number = Double(i)
      case .uint(let u): number = Double(u)
      case .double(let d): number = d
      default:
        throw failure(
          verb == "f"
            ? "fixed-point clause can only be used on doubles"
            : "scientific clause can only be used on doubles", value)
      }
      if !number.isFinite { return DoubleText.decimal(number) }
      return CFormat.double(number, precision: precision ?? 6, style: verb == "f" ? "f" : "e")
    case "b":
      switch value {
      case .bool(let b): return b ? "1" : "0"
      case .int(let i): return String(i, radix: 2)
      case .uint(let u): return String(u, radix: 2)
      default: throw failure("only integers and bools can be formatted as binary", value)
      }
    case "o":
      switch value {
      case .int(let i): return String(i, radix: 8)
      case .uint(let u): return String(u, radix: 8)
      default: throw failure("octal clause can only be used on integers", value)
      }
    default:  // x, X
      let uppercase = verb == "X"
      switch value {
      case .int(let i): return String(i, radix: 16, uppercase: uppercase)
      case .uint(let u): return String(u, radix: 16, uppercase: uppercase)
      case .string(let s): return hex(Array(s.utf8), uppercase: uppercase)
      case .bytes(let b): return hex(b, uppercase: uppercase)
      default: throw failure("only integers, byte buffers, and strings can be formatted as hex", value)
      }
    }
  }

  /// The `%s` text of a value: strings and bytes as they are, doubles in shortest decimal,
  /// lists and maps (sorted by key text) with their elements the same way.
  static func text(of value: Value) throws(EvalError) -> String {
    switch value {
    case .string(let s): return s
    case .bytes(let b): return String(decoding: b, as: UTF8.self)
    case .double(let d): return DoubleText.decimal(d)
    case .null: return "null"
    case .list(let items):
      var parts: [String] = []
      for item in items { parts.append(try text(of: item)) }
      return "[" + parts.joined(separator: ", ") + "]"
    case .map(let map):
      var entries: [(key: String, value: String)] = []
      for (key, item) in map.entries { entries.append((try text(of: key), try text(of: item))) }
      entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      return "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    default:
      return try Value.string(from: value)
    }
  }

  private static func failure(_ message: String, _ value: Value) -> EvalError {
    EvalError("error during formatting: \(message), was given \(value.kind.typeName)")
  }

  private static func hex(_ bytes: [UInt8], uppercase: Bool) -> String {
    let digits = Array(uppercase ? "0123456789ABCDEF" : "0123456789abcdef")
    var result = ""
    for byte in bytes {
      result.append(digits[Int(byte >> 4)])
      result.append(digits[Int(byte & 15)])
    }
    return result
  }
}
