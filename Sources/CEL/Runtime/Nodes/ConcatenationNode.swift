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
  let operands: [any Interpretable]
  /// The location of the `+` that joins each operand after the first to those before it.
  let joins: [Location]
  /// The dispatcher of `_+_`.
  let dispatcher: Dispatcher

  init(_ operands: [any Interpretable], joins: [Location], _ dispatcher: Dispatcher) {
    self.operands = operands
    self.joins = joins
    self.dispatcher = dispatcher
  }

  func eval(_ activation: Activation) throws(EvalError) -> Value {
    // Values rather than their strings, since taking the string out of each would copy it.
    var parts: [Value] = []
    parts.reserveCapacity(operands.count)
    for index in operands.indices {
      let value = try operands[index].eval(activation)
      guard case .string = value else { return try addPairwise(from: index, value, after: parts, activation) }
      parts.append(value)
    }
    return .string(.joining(stringsIn: parts))
  }

  /// The sum from the operand at `index`, which is not a string, to the last, added pairwise
  /// after the strings before it.
  private func addPairwise(
    from index: Int, _ value: Value, after parts: [Value], _ activation: Activation
  ) throws(EvalError) -> Value {
    var sum = index == 0 ? value : try add(.string(.joining(stringsIn: parts)), value, joinedAt: index)
    for next in index + 1..<operands.count {
      sum = try add(sum, try operands[next].eval(activation), joinedAt: next)
    }
    return sum
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
