/// `a && b`, commutative over errors: false wins over an error on either side, and an error
/// (the first one) wins over true.
final class AndNode: Interpretable {
  let lhs: any Interpretable
  let rhs: any Interpretable
  let location: Location

  init(_ lhs: any Interpretable, _ rhs: any Interpretable, at location: Location) {
    self.lhs = lhs
    self.rhs = rhs
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let left = LogicOperand(lhs, activation, function: "_&&_", at: location)
    if case .value(false) = left { return .bool(false) }
    let right = LogicOperand(rhs, activation, function: "_&&_", at: location)
    switch (left, right) {
    case (_, .value(false)): return .bool(false)
    case (.value(true), .value(true)): return .bool(true)
    case (.error(let error), _), (_, .error(let error)): throw error
    default: return .bool(true)
    }
  }
}

/// `a || b`, commutative over errors: true wins over an error on either side, and an error
/// (the first one) wins over false.
final class OrNode: Interpretable {
  let lhs: any Interpretable
  let rhs: any Interpretable
  let location: Location

  init(_ lhs: any Interpretable, _ rhs: any Interpretable, at location: Location) {
    self.lhs = lhs
    self.rhs = rhs
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let left = LogicOperand(lhs, activation, function: "_||_", at: location)
    if case .value(true) = left { return .bool(true) }
    let right = LogicOperand(rhs, activation, function: "_||_", at: location)
    switch (left, right) {
    case (_, .value(true)): return .bool(true)
    case (.value(false), .value(false)): return .bool(false)
    case (.error(let error), _), (_, .error(let error)): throw error
    default: return .bool(false)
    }
  }
}

/// An operand of `&&` or `||`: a Boolean, or the error evaluating it raised (a non-Boolean
/// value counts as a "no such overload" error).
enum LogicOperand {
  case value(Bool)
  case error(EvalError)

  init(_ node: any Interpretable, _ activation: Activation, function: String, at location: Location) {
    do {
      let value = try node.eval(activation)
      if case .bool(let b) = value {
        self = .value(b)
      } else {
        self = .error(
          EvalError.noSuchOverload(function, value).located(id: location.id, offset: location.offset))
      }
    } catch {
      self = .error(error)
    }
  }
}

/// `c ? a : b`; only the branch taken is evaluated.
final class ConditionalNode: Interpretable {
  let condition: any Interpretable
  let whenTrue: any Interpretable
  let whenFalse: any Interpretable
  let location: Location

  init(
    _ condition: any Interpretable, _ whenTrue: any Interpretable, _ whenFalse: any Interpretable,
    at location: Location
  ) {
    self.condition = condition
    self.whenTrue = whenTrue
    self.whenFalse = whenFalse
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    switch try condition.eval(activation) {
    case .bool(true): return try whenTrue.eval(activation)
    case .bool(false): return try whenFalse.eval(activation)
    case let other:
      throw EvalError.noSuchOverload("_?_:_", other).located(id: location.id, offset: location.offset)
    }
  }
}

/// `@not_strictly_false(x)`: false only when `x` is false; errors and other values count as true.
final class NotStrictlyFalseNode: Interpretable {
  let operand: any Interpretable

  init(_ operand: any Interpretable) { self.operand = operand }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    guard case .bool(false) = try? operand.eval(activation) else { return .bool(true) }
    return .bool(false)
  }
}

/// `!x` on a Boolean.
final class NotNode: Interpretable {
  let operand: any Interpretable
  let location: Location

  init(_ operand: any Interpretable, at location: Location) {
    self.operand = operand
    self.location = location
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    let value = try operand.eval(activation)
    guard case .bool(let b) = value else {
      throw EvalError.noSuchOverload("!_", value).located(id: location.id, offset: location.offset)
    }
    return .bool(!b)
  }
}
