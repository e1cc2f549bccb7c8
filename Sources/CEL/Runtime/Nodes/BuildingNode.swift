/// A node whose value may be a string, bytes, list or map that it builds (a call, a
/// concatenation, a loop collecting elements): charges the building to the activation's meter
/// and fails when the value is larger than the limits allow.
final class BuildingNode: Interpretable {
  let operand: any Interpretable
  let location: Location

  init(_ operand: any Interpretable, at location: Location) {
    self.operand = operand
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try operand.eval(activation)
    do {
      try activation.meter.chargeBuilding(value)
    } catch {
      throw error.located(id: location.id, offset: location.offset)
    }
    return value
  }

  /// Whether a call dispatched by `dispatcher` may build such a value.
  static func mayBuild(_ dispatcher: Dispatcher) -> Bool {
    dispatcher.overloads.contains(where: \.mayBuild)
  }
}

extension Overload {
  /// Whether the overload may return a string, bytes, list, map or a type known only at run
  /// time: a value whose building the meter charges. An optional wraps a value built elsewhere.
  var mayBuild: Bool {
    switch result {
    case .int, .uint, .double, .bool, .null, .timestamp, .duration, .type, .error: false
    case .named(CELType.optionalTypeName, _): false
    default: true
    }
  }
}
