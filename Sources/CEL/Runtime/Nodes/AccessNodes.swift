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
    return .bool(map[field] != nil)
  }
}
