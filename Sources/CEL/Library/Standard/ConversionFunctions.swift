/// The type conversions `int`, `uint`, `double`, `string`, `bytes`, `bool`, `timestamp`,
/// `duration`, `type` and `dyn`, with CEL's range checks.
enum ConversionFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        "int", isPure: true,
        overloads("int", [.int, .uint, .double, .string, .timestamp], .int, toInt)),
      FunctionDecl("uint", isPure: true, overloads("uint", [.uint, .int, .double, .string], .uint, toUint)),
      FunctionDecl(
        "double", isPure: true, overloads("double", [.double, .int, .uint, .string], .double, toDouble)),
      FunctionDecl(
        "string", isPure: true,
        overloads(
          "string", [.string, .int, .uint, .double, .bool, .bytes, .timestamp, .duration, .type(nil)], .string
        ) { (a: Value) throws(EvalError) in .string(try Value.string(from: a)) }),
      FunctionDecl("bytes", isPure: true, overloads("bytes", [.bytes, .string], .bytes, toBytes)),
      FunctionDecl("bool", isPure: true, overloads("bool", [.bool, .string], .bool, toBool)),
      FunctionDecl(
        "timestamp", isPure: true,
        overloads("timestamp", [.timestamp, .string, .int], .timestamp, toTimestamp)),
      FunctionDecl(
        "duration", isPure: true, overloads("duration", [.duration, .string], .duration, toDuration)),
      FunctionDecl(
        "type", isPure: true,
        [Overload("type", .typeA, .type(.typeA)) { (a: Value) throws(EvalError) in .type(a.runtimeType) }]),
      FunctionDecl(
        "dyn", isPure: true, [Overload("to_dyn", .typeA, .dyn) { (a: Value) throws(EvalError) in a }]),
    ]
  }

  /// One overload per source type, with cel-go's ids (`int64_to_uint64`, ...).
  private static func overloads(
    _ name: String, _ sources: [CELType], _ result: CELType,
    _ body: @escaping @Sendable (Value) throws(EvalError) -> Value
  ) -> [Overload] {
    sources.map { source in Overload("\(idName(source))_to_\(idName(result))", source, result, body) }
  }

  private static func idName(_ type: CELType) -> String {
    switch type {
    case .int: "int64"
    case .uint: "uint64"
    case .type: "type"
    default: type.description
    }
  }

  static func toInt(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .int: return a
    case .uint(let u):
      guard let i = Int64(exactly: u) else { throw EvalError.range("uint \(u) does not fit in int") }
      return .int(i)
    case .double(let d):
      guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
        throw EvalError.range("double \(a.debugText) does not fit in int")
      }
      return .int(Int64(d))
    case .string(let s):
      guard let i = Int64(s) else { throw EvalError.conversion("cannot convert '\(s)' to int") }
      return .int(i)
    case .timestamp(let t):
      return .int(t.seconds)
    default:
      throw EvalError.noSuchOverload("int", a)
    }
  }

  static func toUint(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .uint: return a
    case .int(let i):
      guard let u = UInt64(exactly: i) else { throw EvalError.range("int \(i) does not fit in uint") }
      return .uint(u)
    case .double(let d):
      guard d.isFinite, d >= 0, d < 1.8446744073709551616e19 else {
        throw EvalError.range("double \(a.debugText) does not fit in uint")
      }
      return .uint(UInt64(d))
    case .string(let s):
      guard !s.hasPrefix("+"), let u = UInt64(s) else {
        throw EvalError.conversion("cannot convert '\(s)' to uint")
      }
      return .uint(u)
    default:
      throw EvalError.noSuchOverload("uint", a)
    }
  }

  static func toDouble(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .double: return a
    case .int(let i): return .double(Double(i))
    case .uint(let u): return .double(Double(u))
    case .string(let s):
      guard let d = Double(s) else { throw EvalError.conversion("cannot convert '\(s)' to double") }
      return .double(d)
    default:
      throw EvalError.noSuchOverload("double", a)
    }
  }

  static func toBytes(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .bytes: a
    case .string(let s): .bytes(Array(s.utf8))
    default: throw EvalError.noSuchOverload("bytes", a)
    }
  }

  static func toBool(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .bool: return a
    case .string(let s):
      switch s {
      case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
      case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
      default: throw EvalError.conversion("cannot convert '\(s)' to bool")
      }
    default:
      throw EvalError.noSuchOverload("bool", a)
    }
  }

  static func toTimestamp(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .timestamp: return a
    case .string(let s):
      guard let t = Timestamp(rfc3339: s) else {
        throw EvalError.range("cannot parse '\(s)' as an RFC 3339 timestamp between years 1 and 9999")
      }
      return .timestamp(t)
    case .int(let seconds):
      let t = Timestamp(seconds: seconds)
      guard t.isInRange else { throw EvalError.range("timestamp \(seconds) is out of range") }
      return .timestamp(t)
    default:
      throw EvalError.noSuchOverload("timestamp", a)
    }
  }

  static func toDuration(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .duration: return a
    case .string(let s):
      guard let d = Duration(text: s) else {
        throw EvalError.range(
          "cannot parse '\(s)' as a duration: it takes numbers with h, m, s, ms, us or ns, as in '336h' for 14 days"
        )
      }
      return .duration(d)
    default:
      throw EvalError.noSuchOverload("duration", a)
    }
  }
}
