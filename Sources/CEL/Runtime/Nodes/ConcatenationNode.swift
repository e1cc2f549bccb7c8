/// A chain of `+` on its left operand, such as `a + ' (' + b + ')'`, run as one node: when the
/// operands are strings, the result is built once, where each `+` of the chain of binary calls
/// would copy everything before it into a new string.
///
/// The operands are evaluated left to right, as the chain would evaluate them. At the first one
/// that is not a string, the rest is added pairwise through the dispatcher, each `+` located as
/// its binary call would be, so that values and errors are those of the chain. (Adding two
/// strings cannot fail, and the standard library's `add_string` comes first among the
/// overloads, so it is what the chain would run on every pair of strings.)
final class ConcatenationNode: Interpretable {
  /// The operands in source order, at least three.
  let operands: BoxedArray<any Interpretable>
  /// The location of the `+` that joins each operand after the first to those before it.
  let joins: [Location]
  /// The dispatcher of `_+_`.
  let dispatcher: Dispatcher

  init(_ operands: [any Interpretable], joins: [Location], _ dispatcher: Dispatcher) {
    self.operands = BoxedArray(operands)
    self.joins = joins
    self.dispatcher = dispatcher
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    // Values rather than their strings, since taking the string out of each would copy it, and
    // gathered on the stack rather than in an array, which would be allocated.
    let outcome = withUnsafeTemporaryAllocation(of: Value.self, capacity: operands.count) {
      buffer -> Result<Value, EvalError> in
      var count = 0
      defer { UnsafeMutableBufferPointer(rebasing: buffer[..<count]).deinitialize() }
      do throws(EvalError) {
        for index in operands.indices {
          let value = try operand(index, activation)
          let parts = UnsafeBufferPointer(rebasing: buffer[..<count])
          guard case .string = value else {
            return .success(try addPairwise(from: index, value, after: parts, activation))
          }
          buffer.initializeElement(at: count, to: value)
          count += 1
        }
        return .success(.string(.joining(stringsIn: UnsafeBufferPointer(rebasing: buffer[..<count]))))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  /// The sum from the operand at `index`, which is not a string, to the last, added pairwise
  /// after the strings before it.
  private func addPairwise(
    from index: Int, _ value: Value, after parts: UnsafeBufferPointer<Value>, _ activation: Activation
  ) throws(EvalError) -> Value {
    var sum = index == 0 ? value : try add(.string(.joining(stringsIn: parts)), value, joinedAt: index)
    for next in index + 1..<operands.count {
      sum = try add(sum, try operand(next, activation), joinedAt: next)
    }
    return sum
  }

  @inline(__always)
  private func operand(_ index: Int, _ activation: Activation) throws(EvalError) -> Value {
    try operands.with(index) { (operand) throws(EvalError) in try operand.eval(activation) }
  }

  /// The `+` of `sum` and the operand at `index`, as the binary call would run it.
  private func add(_ sum: Value, _ value: Value, joinedAt index: Int) throws(EvalError) -> Value {
    do {
      return try dispatcher.call(sum, value)
    } catch {
      let location = joins[index - 1]
      throw error.located(id: location.id, offset: location.offset)
    }
  }
}
