/// `size`, `in` and indexing `[]` on lists and maps (and `size` of strings and bytes).
enum CollectionFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        "size", isPure: true,
        [
          Overload("size_string", .string, .int, size), Overload("size_bytes", .bytes, .int, size),
          Overload("size_list", .list(.typeA), .int, size),
          Overload("size_map", .map(.typeA, .typeB), .int, size),
          Overload("string_size", member: true, .string, .int, size),
          Overload("bytes_size", member: true, .bytes, .int, size),
          Overload("list_size", member: true, .list(.typeA), .int, size),
          Overload("map_size", member: true, .map(.typeA, .typeB), .int, size),
        ]),
      FunctionDecl(
        Operator.in, isPure: true,
        [
          Overload("in_list", .typeA, .list(.typeA), .bool, contains),
          Overload("in_map", .typeA, .map(.typeA, .typeB), .bool, contains),
        ]),
      FunctionDecl(
        Operator.index, isPure: true,
        [
          Overload("index_list", .list(.typeA), .int, .typeA, index),
          Overload("index_list_uint", .list(.typeA), .uint, .typeA, index),
          Overload("index_list_double", .list(.typeA), .double, .typeA, index),
          Overload("index_map", .map(.typeA, .typeB), .typeA, .typeB, index),
        ]),
    ]
  }

  static func size(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .string(let s): .int(Int64(s.unicodeScalars.count))
    case .bytes(let b): .int(Int64(b.count))
    case .list(let items): .int(Int64(items.count))
    case .map(let map): .int(Int64(map.count))
    default: throw EvalError.noSuchOverload("size", a)
    }
  }

  static func contains(_ element: Value, _ container: Value) throws(EvalError) -> Value {
    switch container {
    case .list(let items): return .bool(items.contains { $0.celEquals(element) })
    case .map(let map): return .bool(map.contains(element))
    default: throw EvalError.noSuchOverload(Operator.in, [element, container])
    }
  }

  static func index(_ container: Value, _ key: Value) throws(EvalError) -> Value {
    switch container {
    case .list(let items):
      let position: Int64
      switch key {
      case .int(let i): position = i
      case .uint(let u): position = u > UInt64(Int64.max) ? Int64.max : Int64(u)
      case .double(let d):
        guard d == d.rounded(.towardZero), let exact = Int64(exactly: d) else {
          throw EvalError("invalid list index: \(key.debugText)")
        }
        position = exact
      default: throw EvalError.noSuchOverload(Operator.index, [container, key])
      }
      guard position >= 0, position < items.count else {
        throw EvalError.indexOutOfRange(position, count: items.count)
      }
      return items[Int(position)]
    case .map(let map):
      guard let value = map[key] else { throw EvalError.noSuchKey(key) }
      return value
    default:
      throw EvalError.noSuchOverload(Operator.index, [container, key])
    }
  }
}
