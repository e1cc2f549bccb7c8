/// A compiled expression, ready to evaluate against any number of activations, from any thread.
public struct Program: Sendable {
  let root: any Interpretable
  /// How many comprehension variables the program needs.
  let localCount: Int
  /// The type the checker deduced for the expression (`dyn` when it depends on run-time values or
  /// the expression was compiled unchecked).
  public internal(set) var resultType: CELType = .dyn

  init(root: any Interpretable, localCount: Int) {
    self.root = root
    self.localCount = localCount
  }

  /// Evaluates the expression with the variables bound in `activation`.
  public func evaluate(_ activation: Activation) throws(EvalError) -> Value {
    if localCount == 0 { return try root.eval(activation) }
    let saved = activation.pushFrame(localCount)
    defer { activation.popFrame(saved) }
    return try root.eval(activation)
  }

  /// The program's value when it does not depend on any variable, else nil.
  public var constantValue: Value? { (root as? ConstantNode)?.value }
}
