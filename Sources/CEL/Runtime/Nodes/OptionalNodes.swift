/// `o.or(p)` (`unwraps` false) and `o.orValue(v)` (`unwraps` true): `o` (or the value it holds)
/// when it has a value, else the alternative, which is evaluated only then.
final class OptionalChoiceNode: Interpretable {
  let optional: any Interpretable
  let alternative: any Interpretable
  let unwraps: Bool
  let function: String
  let location: Location

  init(
    _ optional: any Interpretable, _ alternative: any Interpretable, unwraps: Bool, function: String,
    at location: Location
  ) {
    self.optional = optional
    self.alternative = alternative
    self.unwraps = unwraps
    self.function = function
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try optional.eval(activation)
    guard case .optional(let wrapped) = value else {
      throw EvalError.noSuchOverload(function, value).located(id: location.id, offset: location.offset)
    }
    if let wrapped { return unwraps ? wrapped : value }
    let other = try alternative.eval(activation)
    if !unwraps, !other.isOptional {
      throw EvalError.noSuchOverload(function, [value, other]).located(
        id: location.id, offset: location.offset)
    }
    return other
  }
}

/// A list literal with optional elements (`[a, ?b]`): an optional element is included when it
/// has a value, and must be an optional.
final class OptionalListNode: Interpretable {
  let elements: [any Interpretable]
  let isOptional: [Bool]
  let location: Location

  init(_ elements: [any Interpretable], isOptional: [Bool], at location: Location) {
    self.elements = elements
    self.isOptional = isOptional
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var values: [Value] = []
    values.reserveCapacity(elements.count)
    for (element, isOptional) in zip(elements, isOptional) {
      let value = try element.eval(activation)
      guard isOptional else {
        values.append(value)
        continue
      }
      guard case .optional(let wrapped) = value else {
        throw EvalError.notAnOptionalElement(value).located(id: location.id, offset: location.offset)
      }
      if let wrapped { values.append(wrapped) }
    }
    return .list(values)
  }
}

/// A map literal with optional entries (`{?k: v}`): an optional entry is included when its value
/// has a value, and its value must be an optional.
final class OptionalMapNode: Interpretable {
  let entries: [(key: any Interpretable, value: any Interpretable)]
  let isOptional: [Bool]
  let location: Location

  init(
    _ entries: [(key: any Interpretable, value: any Interpretable)], isOptional: [Bool], at location: Location
  ) {
    self.entries = entries
    self.isOptional = isOptional
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var map = MapValue()
    for (entry, isOptional) in zip(entries, isOptional) {
      let key = try entry.key.eval(activation)
      var value = try entry.value.eval(activation)
      do throws(EvalError) {
        if isOptional {
          guard case .optional(let wrapped) = value else { throw EvalError.notAnOptionalEntry(key, value) }
          guard let wrapped else { continue }
          value = wrapped
        }
        try MapNode.insert(key, value, into: &map)
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    return .map(map)
  }
}
