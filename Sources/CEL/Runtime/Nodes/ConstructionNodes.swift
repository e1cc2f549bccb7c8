/// A list literal with at least one non-constant element.
final class ListNode: Interpretable {
  let elements: [any Interpretable]

  init(_ elements: [any Interpretable]) { self.elements = elements }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for element in elements { values.append(try element.eval(activation)) }
    return .list(values)
  }
}

/// A map literal with at least one non-constant entry.
final class MapNode: Interpretable {
  let entries: [(key: any Interpretable, value: any Interpretable)]
  let location: Location

  init(_ entries: [(key: any Interpretable, value: any Interpretable)], at location: Location) {
    self.entries = entries
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var map = MapValue(reservingCapacity: entries.count)
    for entry in entries {
      let key = try entry.key.eval(activation)
      let value = try entry.value.eval(activation)
      do {
        try Self.insert(key, value, into: &map)
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    return .map(map)
  }

  /// Adds an entry of a map literal: keys must be `int`, `uint`, `bool` or `string`, and unique.
  static func insert(_ key: Value, _ value: Value, into map: inout MapValue) throws(EvalError) {
    guard MapKey(storing: key) != nil else {
      throw EvalError.unsupportedKeyType(key)
    }
    guard map.insertNew(key, value) else { throw EvalError("repeated key in map literal: \(key.debugText)") }
  }
}
