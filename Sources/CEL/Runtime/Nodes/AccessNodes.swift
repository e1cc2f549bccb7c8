/// `operand.field` on a map: the entry with that string key; on an optional, the entry as an
/// optional (see `Value.selectingOptionally`).
final class SelectNode: Interpretable {
  let operand: any Interpretable
  /// Where `operand` reads its value, if it is a variable or a loop variable.
  let slot: ActivationSlot?
  let field: FieldName
  let location: Location

  init(_ operand: any Interpretable, field: String, at location: Location) {
    self.operand = operand
    slot = ActivationSlot(readBy: operand)
    self.field = FieldName(field)
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    if let lookup = slot?.withMap(in: activation, { $0.value(ofField: field) }) {
      guard let found = lookup else {
        throw EvalError.noSuchKey(.string(field.name)).located(id: location.id, offset: location.offset)
      }
      return found
    }
    let value = try operand.eval(activation)
    // A guard rather than `if case ..., let found`: the map then takes over the value, instead
    // of being a second reference to it kept for the error path.
    guard case .map(let map) = value else {
      do throws(EvalError) {
        guard case .optional = value else { throw EvalError.noSuchField(field.name, on: value) }
        return try value.selectingOptionally(field)
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    guard let found = map[field] else {
      throw EvalError.noSuchKey(.string(field.name)).located(id: location.id, offset: location.offset)
    }
    return found
  }
}

/// `has(operand.field)`: whether a map has the key (false through an optional that is none).
final class HasNode: Interpretable {
  let operand: any Interpretable
  /// Where `operand` reads its value, if it is a variable or a loop variable.
  let slot: ActivationSlot?
  let field: FieldName
  let location: Location

  init(_ operand: any Interpretable, field: String, at location: Location) {
    self.operand = operand
    slot = ActivationSlot(readBy: operand)
    self.field = FieldName(field)
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    if let found = slot?.withMap(in: activation, { $0.contains(field: field) }) { return .bool(found) }
    let value = try operand.eval(activation)
    guard case .map(let map) = value else {
      do {
        return .bool(try value.hasField(field))
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    return .bool(map.contains(field: field))
  }
}

/// `has(x.f) && x.f != null`, the usual guard of an optional field, read with one evaluation
/// of `x` and one lookup. It has the pair's meaning exactly: an error evaluating `x` or `x` not
/// being a map fails as `has` does (the first of the pair's two errors), a missing key is false,
/// and a present one is whether its value is not null. Through an optional `x`, `x.f` is an
/// optional, never null: the pair is then the presence test alone.
final class HasNonNullNode: Interpretable {
  // The `has` node's parts, held directly: read through it, the operand and the field name
  // would be retained and released around every use.
  let operand: any Interpretable
  let slot: ActivationSlot?
  let field: FieldName
  let location: Location

  init(_ has: HasNode) {
    operand = has.operand
    slot = has.slot
    field = has.field
    location = has.location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    if let found = slot?.withMap(in: activation, { $0.containsNonNull(field: field) }) {
      return .bool(found)
    }
    let value = try operand.eval(activation)
    guard case .map(let map) = value else {
      do {
        return .bool(try value.hasField(field))
      } catch {
        throw error.located(id: location.id, offset: location.offset)
      }
    }
    return .bool(map.containsNonNull(field: field))
  }
}
