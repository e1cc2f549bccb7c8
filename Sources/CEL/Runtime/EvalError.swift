/// An error raised while evaluating an expression: a message and, once known, where in the
/// expression it happened.
///
/// Library functions throw errors without a location; the node that called them adds its
/// expression id and source offset on the way out.
public struct EvalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, such as `no such key: 'x'` or `division by zero`.
  public var message: String
  /// The id of the expression node that failed, when known.
  public var exprID: Int?
  /// The offset in Unicode scalars of that node in the source, when known.
  public var offset: Int?
  /// Whether the evaluation stopped at one of its `EvaluationLimits` rather than on a value it
  /// could not handle: the expression does too much work, or builds too large a value.
  public var exceedsLimit = false

  /// Creates an error; the location is usually filled in later by the failing node.
  public init(_ message: String, exprID: Int? = nil, offset: Int? = nil) {
    self.message = message
    self.exprID = exprID
    self.offset = offset
  }

  /// The error with a location, unless it already has one.
  func located(id: Int, offset: Int) -> EvalError {
    guard exprID == nil else { return self }
    var copy = self
    copy.exprID = id
    copy.offset = offset
    return copy
  }

  /// The message.
  public var description: String { message }
}

// The messages, gathered in one place.
extension EvalError {
  /// No overload of `function` accepts arguments of these kinds.
  static func noSuchOverload(_ function: String, _ arguments: [Value]) -> EvalError {
    let kinds = arguments.map { $0.kind.typeName }.joined(separator: ", ")
    return EvalError("no such overload: \(displayName(function))(\(kinds))")
  }

  /// No overload of `function` accepts an argument of this kind.
  static func noSuchOverload(_ function: String, _ argument: Value) -> EvalError {
    noSuchOverload(function, [argument])
  }

  static func notAnOptionalElement(_ value: Value) -> EvalError {
    EvalError("cannot initialize optional list element from non-optional value \(value.debugText)")
  }

  static func notAnOptionalEntry(_ key: Value, _ value: Value) -> EvalError {
    EvalError("cannot initialize optional entry \(key.debugText) from non-optional value \(value.debugText)")
  }

  static func noSuchKey(_ key: Value) -> EvalError {
    EvalError("no such key: \(key.debugText)")
  }

  static func indexOutOfRange(_ index: Int64, count: Int) -> EvalError {
    EvalError("index out of range: \(index) (size \(count))")
  }

  static func unsupportedKeyType(_ key: Value) -> EvalError {
    EvalError("unsupported key type: \(key.kind.typeName)")
  }

  /// A map-building loop produced a key it had already added.
  static func keyAlreadyExists(_ key: Value) -> EvalError {
    EvalError("insert failed: key \(key.debugText) already exists")
  }

  /// `transformMapEntry` produced something other than a map of entries to add.
  static func notAMapOfEntries(_ value: Value) -> EvalError {
    EvalError(
      "transformMapEntry() needs a map of entries to add, not a value of type '\(value.kind.typeName)'")
  }

  static let divisionByZero = EvalError("division by zero")
  static let modulusByZero = EvalError("modulus by zero")
  static let integerOverflow = EvalError("integer overflow")

  static func range(_ detail: String) -> EvalError {
    EvalError("range error: \(detail)")
  }

  static func noSuchField(_ field: String, on value: Value) -> EvalError {
    EvalError("type '\(value.kind.typeName)' does not support field selection ('\(field)')")
  }

  static func undeclaredReference(_ name: String) -> EvalError {
    EvalError("undeclared reference to '\(name)'")
  }

  static func unboundFunction(_ name: String) -> EvalError {
    EvalError("unbound function '\(displayName(name))'")
  }

  static func unboundVariable(_ name: String) -> EvalError {
    EvalError("no value bound for variable '\(name)'")
  }

  static func cyclicBinding(_ name: String) -> EvalError {
    EvalError("variable '\(name)' depends on itself")
  }

  /// A metered run spent more than its budget of cost units.
  static func costLimitExceeded(_ limit: Int) -> EvalError {
    var error = EvalError("evaluation cost exceeded the limit of \(limit) units")
    error.exceedsLimit = true
    return error
  }

  /// An expression built a value larger than the limits allow.
  static func sizeLimitExceeded(_ what: String, limit: String) -> EvalError {
    var error = EvalError("size limit exceeded: a \(what) (the limit is \(limit))")
    error.exceedsLimit = true
    return error
  }

  static func conversion(_ detail: String) -> EvalError {
    EvalError("type conversion error: \(detail)")
  }

  /// How an operator's internal name reads in a message: `_+_` as `+`.
  static func displayName(_ function: String) -> String {
    switch function {
    case "_?_:_": "?:"
    case "_[_]": "[]"
    case "@in": "in"
    case "@not_strictly_false": "not_strictly_false"
    default:
      function.hasPrefix("_") || function.hasSuffix("_")
        ? String(function.trimmingCharacters(where: { $0 == "_" })) : function
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(where predicate: (Character) -> Bool) -> Substring {
    var slice = self[...]
    while let first = slice.first, predicate(first) { slice = slice.dropFirst() }
    while let last = slice.last, predicate(last) { slice = slice.dropLast() }
    return slice
  }
}
