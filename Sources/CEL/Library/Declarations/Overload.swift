/// One signature of a function with its implementation.
public struct Overload: Sendable {
  /// A unique identifier such as `add_int64` or `string_contains`.
  public var id: String
  /// Whether it is called receiver-style, `target.f(args)`; the receiver is the first parameter.
  public var isMember: Bool
  /// The parameter types, receiver first; `dyn` or a type parameter accepts any value.
  public var parameters: [CELType]
  /// The result type.
  public var result: CELType
  /// The code that runs, given the arguments (receiver first).
  public var implementation: Implementation
  /// Prepares a faster implementation when some arguments are constants (a literal regular
  /// expression compiled once, say); it may throw when a constant argument is invalid.
  var specializer: Specializer?

  /// Builds an implementation from the arguments known at compile time (nil where not
  /// constant), or returns nil to keep the general one.
  public typealias Specializer = @Sendable ([Value?]) throws(EvalError) -> Implementation?

  /// Creates an overload.
  public init(
    _ id: String, member: Bool = false, _ parameters: [CELType], _ result: CELType,
    _ implementation: Implementation
  ) {
    self.id = id
    self.isMember = member
    self.parameters = parameters
    self.result = result
    self.implementation = implementation
    self.specializer = nil
  }

  /// Creates a one-parameter overload.
  public init(
    _ id: String, member: Bool = false, _ parameter: CELType, _ result: CELType,
    _ body: @escaping @Sendable (Value) throws(EvalError) -> Value
  ) {
    self.init(id, member: member, [parameter], result, .unary(body))
  }

  /// Creates a two-parameter overload.
  public init(
    _ id: String, member: Bool = false, _ first: CELType, _ second: CELType, _ result: CELType,
    _ body: @escaping @Sendable (Value, Value) throws(EvalError) -> Value
  ) {
    self.init(id, member: member, [first, second], result, .binary(body))
  }

  /// The overload with a specializer attached.
  public func specialized(by specializer: @escaping Specializer) -> Overload {
    var copy = self
    copy.specializer = specializer
    return copy
  }
}

/// The code of an overload, in the shape that avoids building argument arrays where it can.
public enum Implementation: Sendable {
  /// One argument.
  case unary(@Sendable (Value) throws(EvalError) -> Value)
  /// Two arguments.
  case binary(@Sendable (Value, Value) throws(EvalError) -> Value)
  /// Three arguments (a receiver and two, as `text.containsAnyWord(lists, code)`), called without
  /// an argument list.
  case ternary(@Sendable (Value, Value, Value) throws(EvalError) -> Value)
  /// Any number of arguments.
  case variadic(@Sendable ([Value]) throws(EvalError) -> Value)

  /// Runs the implementation on an argument list (the closures below call it).
  func callAsFunction(_ arguments: [Value]) throws(EvalError) -> Value {
    switch self {
    case .unary(let body):
      guard arguments.count == 1 else { throw EvalError("wrong number of arguments") }
      return try body(arguments[0])
    case .binary(let body):
      guard arguments.count == 2 else { throw EvalError("wrong number of arguments") }
      return try body(arguments[0], arguments[1])
    case .ternary(let body):
      guard arguments.count == 3 else { throw EvalError("wrong number of arguments") }
      return try body(arguments[0], arguments[1], arguments[2])
    case .variadic(let body):
      return try body(arguments)
    }
  }

  /// The implementation as a one-argument closure.
  var asUnary: @Sendable (Value) throws(EvalError) -> Value {
    switch self {
    case .unary(let body): body
    default: { (value: Value) throws(EvalError) -> Value in try self([value]) }
    }
  }

  /// The implementation as a closure of an argument list.
  var asVariadic: @Sendable ([Value]) throws(EvalError) -> Value {
    switch self {
    case .variadic(let body): body
    default: { (arguments: [Value]) throws(EvalError) -> Value in try self(arguments) }
    }
  }

  /// The implementation as a three-argument closure.
  var asTernary: @Sendable (Value, Value, Value) throws(EvalError) -> Value {
    switch self {
    case .ternary(let body): body
    default: { (a: Value, b: Value, c: Value) throws(EvalError) -> Value in try self([a, b, c]) }
    }
  }

  /// The implementation as a two-argument closure.
  var asBinary: @Sendable (Value, Value) throws(EvalError) -> Value {
    switch self {
    case .binary(let body): body
    default: { (a: Value, b: Value) throws(EvalError) -> Value in try self([a, b]) }
    }
  }
}
