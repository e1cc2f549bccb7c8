/// A node of a planned program: evaluates to a value or throws.
///
/// Nodes are immutable final classes built once by the planner; identifiers are already slot
/// indices and calls already point at their implementations.
protocol Interpretable: AnyObject, Sendable {
  func eval(_ activation: Activation) throws(EvalError) -> Value
}

/// Where a node came from in the source, attached to the errors it raises.
struct Location: Sendable {
  /// The expression id.
  var id: Int
  /// The offset in Unicode scalars.
  var offset: Int

  init(_ expr: Expr) {
    id = expr.id
    offset = expr.offset
  }
}

/// A value known when planning.
final class ConstantNode: Interpretable {
  let value: Value

  init(_ value: Value) { self.value = value }

  func eval(_ activation: Activation) throws(EvalError) -> Value { value }
}

/// A node that always fails, for what can only be reported at run time (an undeclared name in
/// an unchecked expression), so that `||` and `&&` can still absorb it.
final class ErrorNode: Interpretable {
  let error: EvalError

  init(_ error: EvalError, at location: Location) {
    self.error = error.located(id: location.id, offset: location.offset)
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value { throw error }
}

/// `dyn(x)`: evaluates to `x`, but hides from the planner that `x` may be a constant, so
/// that its kind is only known at run time.
final class DynNode: Interpretable {
  let operand: any Interpretable

  init(_ operand: any Interpretable) { self.operand = operand }

  func eval(_ activation: Activation) throws(EvalError) -> Value { try operand.eval(activation) }
}
