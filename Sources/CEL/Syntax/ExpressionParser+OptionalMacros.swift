/// The macros of cel-go's optional library: `o.optMap(v, e)` and `o.optFlatMap(v, e)`.
///
/// cel-go expands `o.optMap(v, e)` to `o.hasValue() ? optional.of(cel.bind(v, o.value(), e)) :
/// optional.none()`, copying `o`; here `o` is bound once to a name no expression can spell
/// (`@optional`), which means the same and evaluates `o` once. `optFlatMap` leaves out the
/// `optional.of`, since `e` is itself an optional.
extension ExpressionParser {
  /// The name `o` is bound to while the expansion runs.
  static let optionalTarget = "@optional"

  mutating func expandOptionalMap(
    _ function: String, optional: Expr, args: [Expr], at offset: Int
  ) throws(SyntaxAbort) -> Expr? {
    guard case .ident(let name) = args[0].kind, !name.hasPrefix(".") else {
      record(SyntaxMessage.optionalMacroVariableNotSimple(function), at: args[0].offset)
      return nil
    }
    let value = try node(
      .call(function: "value", target: try node(.ident(Self.optionalTarget), at: offset), args: []),
      at: offset)
    var mapped = try binding(name, to: value, in: args[1], at: offset)
    if function == "optMap" {
      mapped = try call("optional.of", [mapped], at: offset)
    }
    let hasValue = try node(
      .call(function: "hasValue", target: try node(.ident(Self.optionalTarget), at: offset), args: []),
      at: offset)
    let none = try call("optional.none", [], at: offset)
    let choice = try call(Operator.conditional, [hasValue, mapped, none], at: offset)
    return try binding(Self.optionalTarget, to: optional, in: choice, at: offset)
  }
}
