/// Why an expression could not be compiled, and where.
public struct CompileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Offset in Unicode scalars from the start of the expression's source.
  public var offset: Int
  /// What is wrong, such as `undeclared reference to 'x'`.
  public var message: String
  /// What can be done about it, when more can be said than the message says.
  public var hint: String?
  /// What kind of problem it is, for callers that react to one kind (a did-you-mean over their
  /// own names for an undeclared variable) without reading the message.
  public var kind: Kind

  /// The kinds of compile errors.
  public enum Kind: Sendable, Equatable {
    /// The source does not parse.
    case syntax
    /// A name that is no declared variable.
    case undeclaredReference(String)
    /// A call of a function that is not declared.
    case undeclaredFunction(String)
    /// A declared function called with arguments none of its overloads takes.
    case noMatchingOverload(String)
    /// A field that the operand's type does not declare.
    case unknownField(String)
    /// An operand of the wrong type, or a selection on a type without fields.
    case typeMismatch
    /// A macro called with the wrong arguments.
    case macroArguments(String)
    /// A map literal that repeats a constant key.
    case repeatedMapKey
    /// A constant argument that a function rejects (an invalid regular expression).
    case invalidArgument
    /// Something the implementation does not support (protobuf messages).
    case unsupported
  }

  /// Creates an error.
  public init(offset: Int, message: String, hint: String? = nil, kind: Kind) {
    self.offset = offset
    self.message = message
    self.hint = hint
    self.kind = kind
  }

  /// `offset: message`.
  public var description: String { "\(offset): \(message)" }
}

// The messages, gathered in one place.
extension CompileError {
  static func undeclaredReference(_ name: String, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "undeclared reference to '\(name)'", kind: .undeclaredReference(name))
  }

  static func undeclaredFunction(_ name: String, at offset: Int, known: [String] = []) -> CompileError {
    CompileError(
      offset: offset, message: "undeclared reference to function '\(name)'",
      hint: missingFunctionHints[name]
        ?? Spelling.closest(to: name, among: known).map { "did you mean '\($0)'?" },
      kind: .undeclaredFunction(name))
  }

  /// What to write instead of a function that authors reach for and CEL's standard library does
  /// not have, rather than a did-you-mean to a function of similar spelling (`max` → `map`).
  static let missingFunctionHints: [String: String] = [
    "max": "there is no max(); write math.greatest(a, b) or math.greatest(list)",
    "min": "there is no min(); write math.least(a, b) or math.least(list)",
    "sum": "there is no sum(); count with size() and filter(), as in tasks.filter(t, t.done).size()",
    "length": "use size(), as in size(text) or list.size()",
    "len": "use size(), as in size(text) or list.size()",
    "count": "use size() with filter(), as in tasks.filter(t, t.done).size()",
    "sorted": "there is no sorted(); write list.sort(), or list.sortBy(x, key) to sort by a key",
    "unique": "there is no unique(); write list.distinct()",
    "reversed": "there is no reversed(); write list.reverse()",
    "range": "there is no range(); write lists.range(n)",
  ]

  /// For operands of different number types, how to convert: CEL does not mix int, uint and
  /// double in arithmetic or ordering (`1.5 + 2` has no overload).
  static func numberMixHint(_ types: [CELType]) -> String? {
    let numbers = Set(types.filter { [.int, .uint, .double].contains($0) }.map(\.description))
    guard numbers.count > 1 else { return nil }
    return "CEL does not mix \(numbers.sorted().joined(separator: " and ")) in one operation: convert one "
      + "operand, as in double(count) * 1.5 or int(hours)"
  }

  static func noMatchingOverload(_ name: String, arity: Int, member: Bool, at offset: Int) -> CompileError {
    let style = member ? "receiver-style " : ""
    let noun = arity == 1 ? "argument" : "arguments"
    return CompileError(
      offset: offset,
      message: "no matching overload for \(style)'\(EvalError.displayName(name))' with \(arity) \(noun)",
      kind: .noMatchingOverload(name))
  }

  static func unknownField(_ field: String, on object: ObjectType, at offset: Int) -> CompileError {
    let suggestion = object.closestField(to: field).map { "; did you mean '\($0)'?" } ?? ""
    let fields = object.fieldNames
    return CompileError(
      offset: offset, message: "unknown field '\(field)' on \(object.name)\(suggestion)",
      hint: fields.isEmpty
        ? "\(object.name) declares no fields"
        : "\(object.name) has the fields \(fields.joined(separator: ", "))", kind: .unknownField(field))
  }

  static func messageConstruction(_ typeName: String, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "cannot construct message '\(typeName)': protobuf messages are not supported",
      kind: .unsupported)
  }

  static func repeatedMapKey(_ key: Value, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "repeated key in map literal: \(key.debugText)",
      hint: "a map literal may name each key once", kind: .repeatedMapKey)
  }

  static func notAnOptional(_ type: CELType, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "expected type '\(CELType.optional(type))' but found '\(type)'",
      hint: "an entry written with '?' takes an optional, such as optional.of(x) or m.?key",
      kind: .typeMismatch)
  }

  static func invalidArgument(_ error: EvalError, at offset: Int) -> CompileError {
    CompileError(offset: offset, message: error.message, kind: .invalidArgument)
  }
}
