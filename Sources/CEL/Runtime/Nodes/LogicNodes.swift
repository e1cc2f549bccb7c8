/// A chain of `&&` (or of `||`), such as `a && b && c`, flattened: both operators are
/// commutative over errors and associative in CEL, so the operands can be evaluated in source
/// order by one node. The deciding value (false for `&&`, true for `||`) wins over an error on any
/// operand, and an error (the first one) wins over the other value; the operands after the first
/// deciding one are not evaluated.
final class LogicChainNode: Interpretable {
  /// An operand's node and the location of the operator that joined it, which a non-Boolean
  /// value's error names.
  struct Operand: Sendable {
    let node: any Interpretable
    let location: Location
  }

  /// The operands in source order.
  let operands: [Operand]
  /// False for `&&`, true for `||`.
  let deciding: Bool
  /// `_&&_` or `_||_`, for the error of a non-Boolean operand.
  let function: String

  init(_ operands: [Operand], isConjunction: Bool) {
    self.operands = operands
    deciding = !isConjunction
    function = isConjunction ? "_&&_" : "_||_"
  }

  /// The first operand whose value decides the chain decides it; otherwise the first error (a
  /// failed operand, or one that is not a Boolean) is raised, else the other Boolean is the value.
  /// The operands are read in place by index: copying one costs retains of its node.
  func eval(_ activation: Activation) throws(EvalError) -> Value {
    var firstError: EvalError?
    for index in operands.indices {
      do {
        let value = try operands[index].node.eval(activation)
        if case .bool(let b) = value {
          if b == deciding { return .bool(b) }
        } else if firstError == nil {
          let location = operands[index].location
          firstError = EvalError.noSuchOverload(function, value).located(
            id: location.id, offset: location.offset)
        }
      } catch {
        if firstError == nil { firstError = error }
      }
    }
    if let firstError { throw firstError }
    return .bool(!deciding)
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
