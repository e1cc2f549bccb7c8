import CEL

/// Closeout's CEL functions that pick out the passages of a text a rule should judge, and the
/// language it is written in. Word lists stay data in the rule files; these only cut and count.
enum TextFunctions {
  /// The declarations added to every rule's environment.
  static let declarations: [FunctionDecl] = [
    FunctionDecl(
      "sentences", isPure: true,
      [
        Overload("string_sentences", member: true, .string, .list(.string)) {
          (text: Value) throws(EvalError) in
          .list(TextPassages.sentences(try CloseoutFunctions.string(text, "sentences")).map(Value.string))
        }
      ]),
    FunctionDecl(
      "unquoted", isPure: true,
      [
        Overload("string_unquoted", member: true, .string, .string) { (text: Value) throws(EvalError) in
          .string(TextPassages.unquoted(try CloseoutFunctions.string(text, "unquoted")))
        }
      ]),
    FunctionDecl(
      "deobfuscated", isPure: true,
      [
        Overload("string_deobfuscated", member: true, .string, .string) { (text: Value) throws(EvalError) in
          .string(TextPassages.deobfuscated(try CloseoutFunctions.string(text, "deobfuscated")))
        }
      ]),
    FunctionDecl(
      "affirmed", isPure: true,
      [
        Overload("string_affirmed_list", member: true, .string, .list(.string), .string) {
          (text: Value, negations: Value) throws(EvalError) in
          .string(
            affirmed(
              try CloseoutFunctions.string(text, "affirmed"),
              PhraseMatcher(try CloseoutFunctions.strings(negations))))
        }.specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 2, let negations = constants[1] else { return nil }
          let matcher = PhraseMatcher(try CloseoutFunctions.strings(negations))
          return .binary { (text: Value, _: Value) throws(EvalError) in
            .string(affirmed(try CloseoutFunctions.string(text, "affirmed"), matcher))
          }
        }
      ]),
    FunctionDecl(
      "language", isPure: true,
      [
        Overload(
          "string_language_map_string", member: true, [.string, .map(.string, .list(.string)), .string],
          .string,
          .variadic { (arguments: [Value]) throws(EvalError) in
            try language(arguments, LanguageMatchers(arguments, "language"))
          }
        ).specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 3, let markers = constants[1] else { return nil }
          let matchers = try LanguageMatchers(markers, "language")
          return .variadic { (arguments: [Value]) throws(EvalError) in try language(arguments, matchers) }
        }
      ]),
  ]

  /// `text` without the clauses that contain one of the negations: "never any haggling over a
  /// refund" says nothing about a refund being asked for.
  private static func affirmed(_ text: String, _ negations: PhraseMatcher) -> String {
    TextPassages.clauses(text).filter { !negations.matches($0) }.joined(separator: ". ")
  }

  /// The language of the text: the one whose markers it contains most, when that is at least two
  /// distinct markers and more than the fallback language's; otherwise the fallback.
  private static func language(_ arguments: [Value], _ markers: LanguageMatchers) throws(EvalError) -> Value {
    guard arguments.count == 3, case .string(let text) = arguments[0],
      case .string(let fallback) = arguments[2]
    else { throw EvalError("no matching overload: language expects (string, map, string)") }
    let counts = markers.languages.mapValues { $0.found(in: text).count }
    let fallbackCount = counts[fallback] ?? 0
    let best = counts.filter { $0.value >= 2 && $0.value > fallbackCount }
      .max { ($0.value, $1.key) < ($1.value, $0.key) }
    return .string(best?.key ?? fallback)
  }
}
