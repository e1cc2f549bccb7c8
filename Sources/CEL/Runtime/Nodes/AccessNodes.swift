/// `operand.field` on a map: the entry with that string key.
final class SelectNode: Interpretable {
  let operand: any Interpretable
  let field: FieldName
  let location: Location

  init(_ operand: any Interpretable, field: String, at location: Location) {
    self.operand = operand
    self.field = FieldName(field)
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try operand.eval(activation)
    if case .map(let map) = value, let found = map[field] { return found }
    throw Self.failure(value, field.name).located(id: location.id, offset: location.offset)
  }

  static func failure(_ value: Value, _ field: String) -> EvalError {
    if case .map = value { return EvalError.noSuchKey(.string(field)) }
    return EvalError.noSuchField(field, on: value)
  }
}

/// `has(operand.field)`: whether a map has the key.
final class HasNode: Interpretable {
  let operand: any Interpretable
  let field: FieldName
  let location: Location

  init(_ operand: any Interpretable, field: String, at location: Location) {
    self.operand = operand
    self.field = FieldName(field)
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try operand.eval(activation)
    guard case .map(let map) = value else {
      throw EvalError.noSuchField(field.name, on: value).located(id: location.id, offset: location.offset)
    }
    return .bool(map.contains(field: field))
  }
}

/// `has(x.f) && x.f != null`, the usual guard of an optional field, read with one evaluation
/// of `x` and one lookup. It has the pair's meaning exactly: an error evaluating `x` or `x` not
/// being a map fails as `has` does (the first of the pair's two errors), a missing key is false,
/// and a present one is whether its value is not null.
final class HasNonNullNode: Interpretable {
  let has: HasNode

  init(_ has: HasNode) {
    self.has = has
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try has.operand.eval(activation)
    guard case .map(let map) = value else {
      throw EvalError.noSuchField(has.field.name, on: value).located(
        id: has.location.id, offset: has.location.offset)
    }
    return .bool(map.containsNonNull(field: has.field))
  }
}
