/// The sets extension (cel-go's `ext.Sets`): `sets.contains(a, b)` (every element of `b` is in
/// `a`), `sets.equivalent(a, b)` (each contains the other) and `sets.intersects(a, b)` (an element
/// in both), on lists of any elements compared with CEL equality, so `sets.contains([1], [1.0])`
/// holds.
enum SetsExtensionFunctions {
  static var declarations: [FunctionDecl] {
    [
      relation("sets.contains") { a, b in contains(a, b) },
      relation("sets.equivalent") { a, b in contains(a, b) && contains(b, a) },
      relation("sets.intersects") { a, b in
        let set = ValueSet(a)
        return b.contains { set.contains($0) }
      },
    ]
  }

  private static func relation(
    _ name: String, _ body: @escaping @Sendable ([Value], [Value]) -> Bool
  ) -> FunctionDecl {
    FunctionDecl(
      name, isPure: true,
      [
        Overload("\(name)_list_list", .list(.dyn), .list(.dyn), .bool) {
          (a: Value, b: Value) throws(EvalError) in
          .bool(body(try a.asList(name), try b.asList(name)))
        }
      ])
  }

  /// Whether every element of `subset` equals an element of `list`.
  private static func contains(_ list: [Value], _ subset: [Value]) -> Bool {
    guard !subset.isEmpty else { return true }
    let set = ValueSet(list)
    return subset.allSatisfy { set.contains($0) }
  }
}

/// Values gathered for membership tests with CEL equality: those that can be map keys (numbers
/// with an integral value, strings, bools) in a hash set under the key CEL equality makes equal,
/// the others in a list searched one by one.
struct ValueSet {
  private var keys: Set<MapKey> = []
  private var others: [Value] = []

  /// An empty set.
  init() {}

  /// The set of `values`.
  init(_ values: [Value]) {
    for value in values { insert(value) }
  }

  /// Whether an element equals `value`.
  func contains(_ value: Value) -> Bool {
    if let key = MapKey(lookingUp: value) { return keys.contains(key) }
    return others.contains { $0.celEquals(value) }
  }

  /// Adds `value` unless an element equals it; returns whether it was added.
  @discardableResult
  mutating func insert(_ value: Value) -> Bool {
    if let key = MapKey(lookingUp: value) { return keys.insert(key).inserted }
    guard !others.contains(where: { $0.celEquals(value) }) else { return false }
    others.append(value)
    return true
  }
}
