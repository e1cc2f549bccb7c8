/// The strings extension (cel-go's `ext.Strings`): `charAt`, `indexOf`, `lastIndexOf`,
/// `lowerAscii`, `upperAscii`, `replace`, `split`, `substring`, `trim`, `join`, `reverse`,
/// `strings.quote` and `format`. Positions count code points.
enum StringExtensionFunctions {
  static var declarations: [FunctionDecl] {
    [
      FunctionDecl(
        "charAt", isPure: true,
        [
          Overload("string_char_at_int", member: true, .string, .int, .string) {
            (s: Value, i: Value) throws(EvalError) in
            let scalars = Array(try s.asString("charAt").unicodeScalars)
            let index = try i.asInt("charAt")
            guard index >= 0, index <= scalars.count else { throw outOfRange(index) }
            return .string(index == scalars.count ? "" : String(scalars[Int(index)]))
          }
        ]),
      FunctionDecl(
        "indexOf", isPure: true,
        [
          Overload("string_index_of_string", member: true, .string, .string, .int) {
            (s: Value, sub: Value) throws(EvalError) in
            try indexOf(s.asString("indexOf"), sub.asString("indexOf"), from: nil)
          },
          Overload(
            "string_index_of_string_int", member: true, [.string, .string, .int], .int,
            .variadic(indexOfOffset)),
        ]),
      FunctionDecl(
        "lastIndexOf", isPure: true,
        [
          Overload("string_last_index_of_string", member: true, .string, .string, .int) {
            (s: Value, sub: Value) throws(EvalError) in
            try lastIndexOf(s.asString("lastIndexOf"), sub.asString("lastIndexOf"), from: nil)
          },
          Overload(
            "string_last_index_of_string_int", member: true, [.string, .string, .int], .int,
            .variadic(lastIndexOfOffset)),
        ]),
      FunctionDecl(
        "lowerAscii", isPure: true,
        [
          Overload("string_lower_ascii", member: true, .string, .string) { (s: Value) throws(EvalError) in
            .string(mapASCII(try s.asString("lowerAscii"), from: "A", to: "Z", shift: 32))
          }
        ]),
      FunctionDecl(
        "upperAscii", isPure: true,
        [
          Overload("string_upper_ascii", member: true, .string, .string) { (s: Value) throws(EvalError) in
            .string(mapASCII(try s.asString("upperAscii"), from: "a", to: "z", shift: -32))
          }
        ]),
      FunctionDecl(
        "replace", isPure: true,
        [
          Overload(
            "string_replace_string_string", member: true, [.string, .string, .string], .string,
            .variadic(replace)),
          Overload(
            "string_replace_string_string_int", member: true, [.string, .string, .string, .int], .string,
            .variadic(replace)),
        ]),
      FunctionDecl(
        "split", isPure: true,
        [
          Overload("string_split_string", member: true, .string, .string, .list(.string)) {
            (s: Value, separator: Value) throws(EvalError) in
            try split([s, separator, .int(-1)])
          },
          Overload(
            "string_split_string_int", member: true, [.string, .string, .int], .list(.string),
            .variadic(split)),
        ]),
      FunctionDecl(
        "substring", isPure: true,
        [
          Overload("string_substring_int", member: true, .string, .int, .string) {
            (s: Value, start: Value) throws(EvalError) in
            let text = try s.asString("substring")
            return try substring(text, try start.asInt("substring"), Int64(text.unicodeScalars.count))
          },
          Overload(
            "string_substring_int_int", member: true, [.string, .int, .int], .string,
            .variadic { args throws(EvalError) in
              try substring(
                args[0].asString("substring"), args[1].asInt("substring"), args[2].asInt("substring"))
            }),
        ]),
      FunctionDecl(
        "trim", isPure: true,
        [
          Overload("string_trim", member: true, .string, .string) { (s: Value) throws(EvalError) in
            let scalars = try s.asString("trim").unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
            else { return .string("") }
            // Nothing to trim, the usual case: the string itself rather than a copy.
            if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
            return .string(String(scalars[first...last]))
          }
        ]),
      FunctionDecl(
        "join", isPure: true,
        [
          Overload("list_join", member: true, .list(.string), .string) { (list: Value) throws(EvalError) in
            try join(list, separator: "")
          },
          Overload("list_join_string", member: true, .list(.string), .string, .string) {
            (list: Value, separator: Value) throws(EvalError) in
            try join(list, separator: separator.asString("join"))
          },
        ]),
      FunctionDecl(
        "reverse", isPure: true,
        [
          Overload("string_reverse", member: true, .string, .string) { (s: Value) throws(EvalError) in
            .string(String(String.UnicodeScalarView(try s.asString("reverse").unicodeScalars.reversed())))
          }
        ]),
      FunctionDecl(
        "strings.quote", isPure: true,
        [
          Overload("strings_quote", .string, .string) { (s: Value) throws(EvalError) in
            .string(quote(try s.asString("strings.quote")))
          }
        ]),
      FunctionDecl(
        "format", isPure: true,
        [
          Overload("string_format", member: true, .string, .list(.dyn), .string) {
            (format: Value, args: Value) throws(EvalError) in
            .string(try StringFormatter(format.asString("format")).format(args.asList("format")))
          }.specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
            guard case .string(let text)? = constants[0] else { return nil }
            let formatter = try StringFormatter(text)
            return .binary { (_: Value, args: Value) throws(EvalError) -> Value in
              .string(try formatter.format(args.asList("format")))
            }
          }
        ]),
    ]
  }

  static func outOfRange(_ index: Int64) -> EvalError {
    EvalError("index out of range: \(index)")
  }
}
