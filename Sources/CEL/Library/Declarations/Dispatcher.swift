/// The overloads one call shape (name, receiver style, arity) can reach, with tables from the
/// argument kinds straight to an implementation, so that a call costs one table lookup.
final class Dispatcher: Sendable {
  typealias Unary = @Sendable (Value) throws(EvalError) -> Value
  typealias Binary = @Sendable (Value, Value) throws(EvalError) -> Value

  /// The function name, for messages.
  let function: String
  /// The overloads, in declaration order (the first admitting one wins).
  let overloads: [Overload]
  /// The number of arguments, receiver included.
  let arity: Int
  private let unaryTable: [UnaryEntry?]
  private let binaryTable: [BinaryEntry?]
  /// For other arities, each overload's admitted kinds by parameter and its code, in declaration
  /// order: a call tests its arguments' kinds against the masks, with nothing allocated.
  private let variadicTable: [VariadicEntry]

  // The tables hold each implementation in a struct: a bare closure in a generic container is
  // stored in the most general calling convention and called through a reabstraction thunk.
  private struct UnaryEntry: Sendable { let body: Unary }
  private struct BinaryEntry: Sendable { let body: Binary }
  private struct VariadicEntry: Sendable {
    let masks: [UInt16]
    let body: @Sendable ([Value]) throws(EvalError) -> Value
    let ternary: @Sendable (Value, Value, Value) throws(EvalError) -> Value

    /// Whether the overload takes three arguments of these kinds.
    func admits(_ a: Value, _ b: Value, _ c: Value) -> Bool {
      masks.count == 3 && masks[0] & (1 << a.kind.rawValue) != 0 && masks[1] & (1 << b.kind.rawValue) != 0
        && masks[2] & (1 << c.kind.rawValue) != 0
    }

    /// Whether the overload takes arguments of these kinds.
    func admits(_ arguments: [Value]) -> Bool {
      guard arguments.count == masks.count else { return false }
      for position in masks.indices where masks[position] & (1 << arguments[position].kind.rawValue) == 0 {
        return false
      }
      return true
    }
  }

  init(function: String, overloads: [Overload], arity: Int) {
    self.function = function
    self.overloads = overloads
    self.arity = arity
    let kinds = ValueKind.allCases
    let masks = overloads.map { $0.parameters.map(\.admittedKinds) }
    if arity == 1 {
      let unary = overloads.map { UnaryEntry(body: $0.implementation.asUnary) }
      unaryTable = kinds.map { kind in
        masks.firstIndex { $0[0] & (1 << kind.rawValue) != 0 }.map { unary[$0] }
      }
    } else {
      unaryTable = []
    }
    if arity == 2 {
      let binary = overloads.map { BinaryEntry(body: $0.implementation.asBinary) }
      binaryTable = kinds.flatMap { a in
        kinds.map { b in
          masks.firstIndex { $0[0] & (1 << a.rawValue) != 0 && $0[1] & (1 << b.rawValue) != 0 }.map {
            binary[$0]
          }
        }
      }
    } else {
      binaryTable = []
    }
    variadicTable = zip(masks, overloads).map {
      VariadicEntry(masks: $0, body: $1.implementation.asVariadic, ternary: $1.implementation.asTernary)
    }
  }

  /// Calls the overload for one argument.
  @inline(__always)
  func call(_ argument: Value) throws(EvalError) -> Value {
    guard let result = try unaryTable[argument.kind.rawValue]?.body(argument) else {
      throw EvalError.noSuchOverload(function, argument)
    }
    return result
  }

  /// Calls the overload for two arguments.
  @inline(__always)
  func call(_ first: Value, _ second: Value) throws(EvalError) -> Value {
    let index = first.kind.rawValue * ValueKind.allCases.count + second.kind.rawValue
    guard let result = try binaryTable[index]?.body(first, second) else {
      throw EvalError.noSuchOverload(function, [first, second])
    }
    return result
  }

  /// Calls the overload for three arguments.
  func call(_ a: Value, _ b: Value, _ c: Value) throws(EvalError) -> Value {
    for position in variadicTable.indices where variadicTable[position].admits(a, b, c) {
      return try variadicTable[position].ternary(a, b, c)
    }
    throw EvalError.noSuchOverload(function, [a, b, c])
  }

  /// Calls the overload for any number of arguments.
  func call(_ arguments: [Value]) throws(EvalError) -> Value {
    switch arguments.count {
    case 1 where arity == 1: return try call(arguments[0])
    case 2 where arity == 2: return try call(arguments[0], arguments[1])
    case 3 where arity == 3: return try call(arguments[0], arguments[1], arguments[2])
    default:
      for position in variadicTable.indices where variadicTable[position].admits(arguments) {
        return try variadicTable[position].body(arguments)
      }
      throw EvalError.noSuchOverload(function, arguments)
    }
  }

  /// The overloads that could accept arguments of these kinds (nil: unknown until run time).
  func candidates(for kinds: [ValueKind?]) -> [Overload] {
    overloads.filter { overload in
      zip(overload.parameters, kinds).allSatisfy { parameter, kind in kind.map(parameter.admits) ?? true }
    }
  }

  /// A dispatcher over the same overloads with one implementation replaced.
  func replacing(_ overloadID: String, with implementation: Implementation) -> Dispatcher {
    let replaced = overloads.map { overload in
      guard overload.id == overloadID else { return overload }
      var copy = overload
      copy.implementation = implementation
      return copy
    }
    return Dispatcher(function: function, overloads: replaced, arity: arity)
  }
}
