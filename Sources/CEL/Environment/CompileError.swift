/// Why an expression could not be compiled, and where.
public struct CompileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Offset in Unicode scalars from the start of the expression's source.
  public var offset: Int
  /// What is wrong, such as `undeclared reference to 'x'`.
  public var message: String
  /// What can be done about it, when more can be said than the message says.
  public var hint: String?

  /// Creates an error.
  public init(offset: Int, message: String, hint: String? = nil) {
    self.offset = offset
    self.message = message
    self.hint = hint
  }

  /// `offset: message`.
  public var description: String { "\(offset): \(message)" }
}

// The messages, gathered in one place.
extension CompileError {
  static func undeclaredReference(_ name: String, at offset: Int) -> CompileError {
    CompileError(offset: offset, message: "undeclared reference to '\(name)'")
  }

  static func undeclaredFunction(_ name: String, at offset: Int, known: [String] = []) -> CompileError {
    CompileError(
      offset: offset, message: "undeclared reference to function '\(name)'",
      hint: Spelling.closest(to: name, among: known).map { "did you mean '\($0)'?" })
  }

  static func noMatchingOverload(_ name: String, arity: Int, member: Bool, at offset: Int) -> CompileError {
    let style = member ? "receiver-style " : ""
    let noun = arity == 1 ? "argument" : "arguments"
    return CompileError(
      offset: offset,
      message: "no matching overload for \(style)'\(EvalError.displayName(name))' with \(arity) \(noun)")
  }

  static func unknownField(_ field: String, on object: ObjectType, at offset: Int) -> CompileError {
    let suggestion = object.closestField(to: field).map { "; did you mean '\($0)'?" } ?? ""
    let fields = object.fieldNames
    return CompileError(
      offset: offset, message: "unknown field '\(field)' on \(object.name)\(suggestion)",
      hint: fields.isEmpty
        ? "\(object.name) declares no fields"
        : "\(object.name) has the fields \(fields.joined(separator: ", "))")
  }

  static func messageConstruction(_ typeName: String, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "cannot construct message '\(typeName)': protobuf messages are not supported")
  }

  static func repeatedMapKey(_ key: Value, at offset: Int) -> CompileError {
    CompileError(
      offset: offset, message: "repeated key in map literal: \(key.debugText)",
      hint: "a map literal may name each key once")
  }

  static func invalidArgument(_ error: EvalError, at offset: Int) -> CompileError {
    CompileError(offset: offset, message: error.message)
  }
}
