import CEL

extension SnapshotVariables {
  /// The environment every expression compiles in: the snapshot variables, `lists` as a constant
  /// and Closeout's functions on top of CEL's standard library.
  static func environment(lists: Value) -> Environment {
    Environment(
      variables: declarations, constants: [SnapshotVariables.lists: lists],
      functions: CloseoutFunctions.declarations)
  }

  /// The `lists` constant: each list of strings by name, in name order.
  static func constant(lists: [String: [String]]) -> Value {
    var map = MapValue()
    for (name, words) in lists.sorted(by: { $0.key < $1.key }) {
      map.set(.string(name), .list(words.map(Value.string)))
    }
    return .map(map)
  }
}
