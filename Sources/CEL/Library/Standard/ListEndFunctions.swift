/// The lists extension's `first()` and `last()`: a list's first or last element as an optional,
/// none for an empty list (cel-go's `ext.Lists`).
enum ListEndFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        "first", isPure: true,
        [Overload("list_first", member: true, .list(.typeA), .optional(.typeA), first)]),
      FunctionDecl(
        "last", isPure: true,
        [Overload("list_last", member: true, .list(.typeA), .optional(.typeA), last)]),
    ]
  }

  static func first(_ list: Value) throws(EvalError) -> Value {
    .optional(try list.asList("first").first)
  }

  static func last(_ list: Value) throws(EvalError) -> Value {
    .optional(try list.asList("last").last)
  }
}
