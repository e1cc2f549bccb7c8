/// The standard library: every function CEL defines that does not need protobuf, plus the
/// strings, math, encoders, lists, sets and two-variable comprehensions extensions, and optional
/// values (with the lists extension's `first` and `last`, which return them). A literal list,
/// built per environment; no global registry.
enum StandardLibrary {
  /// Every declaration, family by family.
  static var declarations: [FunctionDecl] {
    LogicFunctions.declarations + ComparisonFunctions.declarations + ArithmeticFunctions.declarations
      + CollectionFunctions.declarations + StringFunctions.declarations
      + ConversionFunctions.declarations + TimeFunctions.declarations
      + StringExtensionFunctions.declarations + MathExtensionFunctions.declarations
      + EncoderExtensionFunctions.declarations + OptionalFunctions.declarations
      + ListEndFunctions.declarations + ListsExtensionFunctions.declarations
      + SetsExtensionFunctions.declarations + ComprehensionExtensionFunctions.declarations
  }
}

/// Shorthands for the type parameters in the library's signatures.
extension CELType {
  static let typeA = CELType.parameter("A")
  static let typeB = CELType.parameter("B")
}

/// Payload accessors for implementations: dispatch has already checked the kinds, so a
/// mismatch here means an overload was declared with the wrong types.
extension Value {
  func asInt(_ function: String) throws(EvalError) -> Int64 {
    guard case .int(let i) = self else { throw EvalError.noSuchOverload(function, self) }
    return i
  }

  func asUInt(_ function: String) throws(EvalError) -> UInt64 {
    guard case .uint(let u) = self else { throw EvalError.noSuchOverload(function, self) }
    return u
  }

  func asDouble(_ function: String) throws(EvalError) -> Double {
    guard case .double(let d) = self else { throw EvalError.noSuchOverload(function, self) }
    return d
  }

  func asString(_ function: String) throws(EvalError) -> String {
    guard case .string(let s) = self else { throw EvalError.noSuchOverload(function, self) }
    return s
  }

  func asList(_ function: String) throws(EvalError) -> [Value] {
    guard case .list(let items) = self else { throw EvalError.noSuchOverload(function, self) }
    return items
  }

  func asTimestamp(_ function: String) throws(EvalError) -> Timestamp {
    guard case .timestamp(let t) = self else { throw EvalError.noSuchOverload(function, self) }
    return t
  }
}
