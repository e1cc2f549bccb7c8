/// cel-go's optional library: `optional.of`, `optional.ofNonZeroValue`, `optional.none`,
/// `hasValue`, `value`, `or`, `orValue`, optional indexing `a[?k]`, and indexing of an optional
/// (`optional.of([1])[0]` is `optional.of(1)`).
///
/// `a.?f` is typed by the checker and planned as a call of `_?._` with the field name as a
/// constant; `or` and `orValue` are planned as nodes that evaluate their argument only when the
/// receiver is none, as cel-go does (the implementations here are for the signatures).
enum OptionalFunctions {
  /// The error of `value()` on none, in cel-go's words.
  static let noneDereference = "optional.none() dereference"

  static var declarations: [FunctionDecl] {
    let optionalA = CELType.optional(.typeA)
    let optionalB = CELType.optional(.typeB)
    return [
      FunctionDecl(
        "optional.of", isPure: true, [Overload("optional_of", .typeA, optionalA) { .optional($0) }]),
      FunctionDecl(
        "optional.ofNonZeroValue", isPure: true,
        [Overload("optional_ofNonZeroValue", .typeA, optionalA) { $0.isZeroValue ? .none : .optional($0) }]),
      FunctionDecl(
        "optional.none", isPure: true, [Overload("optional_none", [], optionalA, .variadic { _ in .none })]),
      FunctionDecl(
        "hasValue", isPure: true,
        [Overload("optional_hasValue", member: true, optionalA, .bool, hasValue)]),
      FunctionDecl(
        "value", isPure: true, [Overload("optional_value", member: true, optionalA, .typeA, value)]),
      FunctionDecl(
        "or", isPure: true,
        [Overload("optional_or_optional", member: true, optionalA, optionalA, optionalA, or)]),
      FunctionDecl(
        "orValue", isPure: true,
        [Overload("optional_orValue_value", member: true, optionalA, .typeA, .typeA, orValue)]),
      FunctionDecl(
        Operator.optionalSelect, isPure: true,
        [Overload("select_optional_field", .dyn, .string, .optional(.dyn), select)]),
      FunctionDecl(
        Operator.optionalIndex, isPure: true,
        [
          Overload("list_optindex_optional_int", .list(.typeA), .int, optionalA, optionalIndex),
          Overload(
            "optional_list_optindex_optional_int", .optional(.list(.typeA)), .int, optionalA, optionalIndex),
          Overload("map_optindex_optional_value", .map(.typeA, .typeB), .typeA, optionalB, optionalIndex),
          Overload(
            "optional_map_optindex_optional_value", .optional(.map(.typeA, .typeB)), .typeA, optionalB,
            optionalIndex),
        ]),
      FunctionDecl(
        Operator.index, isPure: true,
        [
          Overload("optional_list_index_int", .optional(.list(.typeA)), .int, optionalA, index),
          Overload("optional_map_index_value", .optional(.map(.typeA, .typeB)), .typeA, optionalB, index),
        ]),
    ]
  }

  static func hasValue(_ optional: Value) throws(EvalError) -> Value {
    guard case .optional(let wrapped) = optional else { throw EvalError.noSuchOverload("hasValue", optional) }
    return .bool(wrapped != nil)
  }

  static func value(_ optional: Value) throws(EvalError) -> Value {
    guard case .optional(let wrapped) = optional else { throw EvalError.noSuchOverload("value", optional) }
    guard let wrapped else { throw EvalError(noneDereference) }
    return wrapped
  }

  static func or(_ optional: Value, _ alternative: Value) throws(EvalError) -> Value {
    guard case .optional(let wrapped) = optional, case .optional = alternative else {
      throw EvalError.noSuchOverload("or", [optional, alternative])
    }
    return wrapped == nil ? alternative : optional
  }

  static func orValue(_ optional: Value, _ alternative: Value) throws(EvalError) -> Value {
    guard case .optional(let wrapped) = optional else {
      throw EvalError.noSuchOverload("orValue", [optional, alternative])
    }
    return wrapped ?? alternative
  }

  static func select(_ operand: Value, _ field: Value) throws(EvalError) -> Value {
    guard case .string(let name) = field else {
      throw EvalError.noSuchOverload(Operator.optionalSelect, [operand, field])
    }
    return try operand.selectingOptionally(FieldName(name))
  }

  static func optionalIndex(_ container: Value, _ key: Value) throws(EvalError) -> Value {
    try container.indexingOptionally(key, function: Operator.optionalIndex)
  }

  static func index(_ container: Value, _ key: Value) throws(EvalError) -> Value {
    guard case .optional = container else {
      throw EvalError.noSuchOverload(Operator.index, [container, key])
    }
    return try container.indexingOptionally(key, function: Operator.index)
  }
}
