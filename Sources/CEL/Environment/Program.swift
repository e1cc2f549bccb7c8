/// A compiled expression, ready to evaluate against any number of activations, from any thread.
///
/// A program is one reference to its compiled form, so copying it (into an activation's lazy
/// binding, say, once per rule per check) costs a single retain.
public struct Program: Sendable {
  let compiled: CompiledProgram

  init(root: any Interpretable, localCount: Int, resultType: CELType, cost: Int) {
    compiled = CompiledProgram(root: root, localCount: localCount, resultType: resultType, cost: cost)
  }

  /// The type the checker deduced for the expression (`dyn` when it depends on run-time values or
  /// the expression was compiled unchecked).
  public var resultType: CELType { compiled.resultType }

  /// Evaluates the expression with the variables bound in `activation`.
  public func evaluate(_ activation: Activation) throws(EvalError) -> Value {
    try compiled.evaluate(activation)
  }

  /// The program's value when it does not depend on any variable, else nil.
  public var constantValue: Value? { (compiled.root as? ConstantNode)?.value }
}

/// The planned node tree of a program with what running it needs.
final class CompiledProgram: Sendable {
  let root: any Interpretable
  /// How many comprehension variables the program needs.
  let localCount: Int
  let resultType: CELType
  /// The cost units of one evaluation outside loops (each loop charges its iterations).
  let cost: Int

  init(root: any Interpretable, localCount: Int, resultType: CELType, cost: Int) {
    self.root = root
    self.localCount = localCount
    self.resultType = resultType
    self.cost = cost
  }

  /// Evaluates the tree, with a frame for its comprehension variables when it has any.
  @inline(__always)
  func evaluate(_ activation: Activation) throws(EvalError) -> Value {
    try activation.meter.charge(cost)
    if localCount == 0 { return try root.eval(activation) }
    let saved = activation.pushFrame(localCount)
    defer { activation.popFrame(saved) }
    return try root.eval(activation)
  }
}
