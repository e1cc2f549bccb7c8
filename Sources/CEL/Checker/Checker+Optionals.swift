/// The typing of optional syntax, as cel-go's checker does it: `a.?f` is a field selection whose
/// type is wrapped in `optional_type`, and an optional list element or map entry (`[?e]`,
/// `{?k: v}`) must be an optional, of which the collection holds the wrapped type.
extension Checker {
  /// The type of `operand.?field`: `optional_type(T)` where `T` is the field's type, an unknown
  /// field of an object type being an error as for `.`.
  mutating func optionalSelect(_ expr: Expr, operand: Expr, field: Expr) throws(CompileError) -> CELType? {
    guard case .literal(.string(let name)) = field.kind else { return nil }
    let operandType = try check(operand)
    _ = try check(field)
    let selected = try selecting(
      name, from: operandType.optionalWrapped ?? operandType, at: expr, fieldOffset: field.offset)
    return .optional(selected)
  }

  /// The type an optional entry contributes to its collection: `T` for `optional_type(T)`, `dyn`
  /// for `dyn`; anything else is an error at the entry.
  func optionalEntry(_ type: CELType, at expr: Expr) throws(CompileError) -> CELType {
    if let wrapped = type.optionalWrapped { return wrapped }
    switch type {
    case .dyn, .error, .parameter: return .dyn
    default: throw CompileError.notAnOptional(type, at: expr.offset)
    }
  }
}
