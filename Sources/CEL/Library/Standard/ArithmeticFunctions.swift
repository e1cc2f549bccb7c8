/// `+`, `-`, `*`, `/`, `%` and unary `-`: checked 64-bit integer arithmetic (overflow is an
/// error), IEEE doubles, concatenation of strings, bytes and lists, and time arithmetic.
enum ArithmeticFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        Operator.add, isPure: true,
        [
          Overload("add_int64", .int, .int, .int, add), Overload("add_uint64", .uint, .uint, .uint, add),
          Overload("add_double", .double, .double, .double, add),
          Overload("add_string", .string, .string, .string, add),
          Overload("add_bytes", .bytes, .bytes, .bytes, add),
          Overload("add_list", .list(.typeA), .list(.typeA), .list(.typeA), add),
          Overload("add_timestamp_duration", .timestamp, .duration, .timestamp, add),
          Overload("add_duration_timestamp", .duration, .timestamp, .timestamp, add),
          Overload("add_duration_duration", .duration, .duration, .duration, add),
        ]),
      FunctionDecl(
        Operator.subtract, isPure: true,
        [
          Overload("subtract_int64", .int, .int, .int, subtract),
          Overload("subtract_uint64", .uint, .uint, .uint, subtract),
          Overload("subtract_double", .double, .double, .double, subtract),
          Overload("subtract_timestamp_timestamp", .timestamp, .timestamp, .duration, subtract),
          Overload("subtract_timestamp_duration", .timestamp, .duration, .timestamp, subtract),
          Overload("subtract_duration_duration", .duration, .duration, .duration, subtract),
        ]),
      FunctionDecl(
        Operator.multiply, isPure: true,
        [
          Overload("multiply_int64", .int, .int, .int, multiply),
          Overload("multiply_uint64", .uint, .uint, .uint, multiply),
          Overload("multiply_double", .double, .double, .double, multiply),
        ]),
      FunctionDecl(
        Operator.divide, isPure: true,
        [
          Overload("divide_int64", .int, .int, .int, divide),
          Overload("divide_uint64", .uint, .uint, .uint, divide),
          Overload("divide_double", .double, .double, .double, divide),
        ]),
      FunctionDecl(
        Operator.modulo, isPure: true,
        [
          Overload("modulo_int64", .int, .int, .int, modulo),
          Overload("modulo_uint64", .uint, .uint, .uint, modulo),
        ]),
      FunctionDecl(
        Operator.negate, isPure: true,
        [Overload("negate_int64", .int, .int, negate), Overload("negate_double", .double, .double, negate)]),
    ]
  }

  static func add(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .int(try checked(x.addingReportingOverflow(y)))
    case (.uint(let x), .uint(let y)): return .uint(try checked(x.addingReportingOverflow(y)))
    case (.double(let x), .double(let y)): return .double(x + y)
    case (.string(let x), .string(let y)): return .string(x + y)
    case (.bytes(let x), .bytes(let y)): return .bytes(x + y)
    case (.list(let x), .list(let y)): return .list(x + y)
    case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
      guard let sum = t.adding(d) else { throw EvalError.range("timestamp out of range") }
      return .timestamp(sum)
    case (.duration(let x), .duration(let y)):
      guard let sum = x.adding(y) else { throw EvalError.range("duration out of range") }
      return .duration(sum)
    default: throw EvalError.noSuchOverload(Operator.add, [a, b])
    }
  }

  static func subtract(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .int(try checked(x.subtractingReportingOverflow(y)))
    case (.uint(let x), .uint(let y)): return .uint(try checked(x.subtractingReportingOverflow(y)))
    case (.double(let x), .double(let y)): return .double(x - y)
    case (.timestamp(let x), .timestamp(let y)):
      guard let difference = x.since(y) else { throw EvalError.range("duration out of range") }
      return .duration(difference)
    case (.timestamp(let t), .duration(let d)):
      guard let negated = d.negated, let difference = t.adding(negated) else {
        throw EvalError.range("timestamp out of range")
      }
      return .timestamp(difference)
    case (.duration(let x), .duration(let y)):
      guard let difference = x.subtracting(y) else { throw EvalError.range("duration out of range") }
      return .duration(difference)
    default: throw EvalError.noSuchOverload(Operator.subtract, [a, b])
    }
  }

  static func multiply(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .int(try checked(x.multipliedReportingOverflow(by: y)))
    case (.uint(let x), .uint(let y)): return .uint(try checked(x.multipliedReportingOverflow(by: y)))
    case (.double(let x), .double(let y)): return .double(x * y)
    default: throw EvalError.noSuchOverload(Operator.multiply, [a, b])
    }
  }

  static func divide(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      guard y != 0 else { throw EvalError.divisionByZero }
      return .int(try checked(x.dividedReportingOverflow(by: y)))
    case (.uint(let x), .uint(let y)):
      guard y != 0 else { throw EvalError.divisionByZero }
      return .uint(x / y)
    case (.double(let x), .double(let y)): return .double(x / y)
    default: throw EvalError.noSuchOverload(Operator.divide, [a, b])
    }
  }

  static func modulo(_ a: Value, _ b: Value) throws(EvalError) -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      guard y != 0 else { throw EvalError.modulusByZero }
      return .int(try checked(x.remainderReportingOverflow(dividingBy: y)))
    case (.uint(let x), .uint(let y)):
      guard y != 0 else { throw EvalError.modulusByZero }
      return .uint(x % y)
    default: throw EvalError.noSuchOverload(Operator.modulo, [a, b])
    }
  }

  static func negate(_ a: Value) throws(EvalError) -> Value {
    switch a {
    case .int(let x): return .int(try checked(Int64(0).subtractingReportingOverflow(x)))
    case .double(let x): return .double(-x)
    default: throw EvalError.noSuchOverload(Operator.negate, a)
    }
  }

  private static func checked<T>(_ result: (partialValue: T, overflow: Bool)) throws(EvalError) -> T {
    guard !result.overflow else { throw EvalError.integerOverflow }
    return result.partialValue
  }
}
