/// The lists extension (cel-go's `ext.Lists`, latest version): `lists.range(n)`, `l.slice(i, j)`,
/// `l.flatten()` and `l.flatten(depth)`, `l.sort()`, `l.distinct()`, `l.reverse()`, and the
/// function the `sortBy` macro lowers to (`ExpressionParser+ExtensionMacros.swift`). The errors
/// are cel-go's: slice bounds, a negative depth or size, sorting elements of mixed or
/// unordered types.
enum ListsExtensionFunctions {
  /// The element types `sort()` and `sortBy()` order (cel-go's comparable types).
  static let comparableTypes: [CELType] = [
    .int, .uint, .double, .bool, .duration, .timestamp, .string, .bytes,
  ]
  /// The longest list `lists.range` builds (cel-go's bound; the evaluation limits may be lower).
  static let maxRangeSize: Int64 = 10_000_000

  static var declarations: [FunctionDecl] {
    [
      // Not folded at compile time: a constant size would build its list there, unmetered.
      FunctionDecl("lists.range", isPure: false, [Overload("lists_range", .int, .list(.int), range)]),
      FunctionDecl(
        "slice", isPure: true,
        [Overload("list_slice", member: true, [.list(.typeA), .int, .int], .list(.typeA), .variadic(slice))]),
      FunctionDecl(
        "flatten", isPure: true,
        [
          Overload("list_flatten", member: true, .list(.list(.typeA)), .list(.typeA)) {
            (list: Value) throws(EvalError) in .list(flatten(try list.asList("flatten"), depth: 1))
          },
          Overload("list_flatten_int", member: true, .list(.dyn), .int, .list(.dyn)) {
            (list: Value, depth: Value) throws(EvalError) in
            let levels = try depth.asInt("flatten")
            guard levels >= 0 else { throw EvalError("level must be non-negative") }
            return .list(flatten(try list.asList("flatten"), depth: levels))
          },
        ]),
      FunctionDecl(
        "sort", isPure: true,
        comparableTypes.map { type in
          Overload("list_\(type)_sort", member: true, .list(type), .list(type)) {
            (list: Value) throws(EvalError) in
            let items = try list.asList("sort")
            return .list(try sorted(items, by: items))
          }
        }),
      FunctionDecl(
        ExpressionParser.sortByAssociatedKeys, isPure: true,
        comparableTypes.map { type in
          Overload(
            "list_\(type)_sortByAssociatedKeys", member: true, .list(.typeA), .list(type), .list(.typeA)
          ) {
            (list: Value, keys: Value) throws(EvalError) in
            let name = ExpressionParser.sortByAssociatedKeys
            return .list(try sorted(try list.asList(name), by: try keys.asList(name)))
          }
        }),
      FunctionDecl(
        "reverse", isPure: true,
        [
          Overload("list_reverse", member: true, .list(.typeA), .list(.typeA)) {
            (list: Value) throws(EvalError) in
            .list(try list.asList("reverse").reversed())
          }
        ]),
      FunctionDecl(
        "distinct", isPure: true,
        [
          Overload("list_distinct", member: true, .list(.typeA), .list(.typeA)) {
            (list: Value) throws(EvalError) in
            var seen = ValueSet()
            return .list(try list.asList("distinct").filter { seen.insert($0) })
          }
        ]),
    ]
  }

  /// `lists.range(n)`: the ints from 0 up to `n` - 1.
  private static func range(_ size: Value) throws(EvalError) -> Value {
    let count = try size.asInt("lists.range")
    guard count >= 0 else { throw EvalError("lists.range: size must be non-negative, got \(count)") }
    guard count <= maxRangeSize else {
      throw EvalError("lists.range: size \(count) exceeds maximum allowed (\(maxRangeSize))")
    }
    return .list((0..<count).map(Value.int))
  }

  /// `l.slice(start, end)`: the elements from `start` up to, not including, `end`.
  private static func slice(_ arguments: [Value]) throws(EvalError) -> Value {
    guard arguments.count == 3 else { throw EvalError("wrong number of arguments") }
    let items = try arguments[0].asList("slice")
    let (start, end) = (try arguments[1].asInt("slice"), try arguments[2].asInt("slice"))
    guard start >= 0, end >= 0 else {
      throw EvalError("cannot slice(\(start), \(end)), negative indexes not supported")
    }
    guard start <= end else {
      throw EvalError("cannot slice(\(start), \(end)), start index must be less than or equal to end index")
    }
    guard end <= items.count else {
      throw EvalError("cannot slice(\(start), \(end)), list is length \(items.count)")
    }
    return .list(Array(items[Int(start)..<Int(end)]))
  }

  /// The elements of `items` with nested lists spliced in, `depth` levels down.
  private static func flatten(_ items: [Value], depth: Int64) -> [Value] {
    guard depth > 0 else { return items }
    var result: [Value] = []
    result.reserveCapacity(items.count)
    for item in items {
      if case .list(let nested) = item {
        result.append(contentsOf: flatten(nested, depth: depth - 1))
      } else {
        result.append(item)
      }
    }
    return result
  }

  /// `items` in the order of their `keys` (the items themselves for `sort()`), equal keys keeping
  /// their order. The keys must be of one comparable type; NaN sorts after every other double.
  static func sorted(_ items: [Value], by keys: [Value]) throws(EvalError) -> [Value] {
    guard items.count == keys.count else {
      throw EvalError(
        "@sortByAssociatedKeys() expected a list of the same size as the associated keys list, "
          + "but got \(items.count) and \(keys.count) elements respectively")
    }
    guard let first = keys.first else { return items }
    guard comparableTypes.contains(first.runtimeType) else {
      throw EvalError("list elements must be comparable")
    }
    guard keys.allSatisfy({ $0.kind == first.kind }) else {
      throw EvalError("list elements must have the same type")
    }
    let order = keys.indices.sorted { a, b in
      switch keys[a].celCompare(keys[b]) {
      case .less: true
      case .greater: false
      case .equal, nil: a < b
      case .unordered:
        // Only NaN is unordered: it goes after the numbers, NaNs in their order.
        Self.isNaN(keys[a]) == Self.isNaN(keys[b]) ? a < b : Self.isNaN(keys[b])
      }
    }
    return order.map { items[$0] }
  }

  private static func isNaN(_ value: Value) -> Bool {
    if case .double(let d) = value { d.isNaN } else { false }
  }
}
