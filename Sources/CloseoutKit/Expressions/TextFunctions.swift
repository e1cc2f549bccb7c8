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
        Overload(
          "string_affirmed_list_list", member: true, [.string, .list(.string), .list(.string)], .string,
          .ternary { (text: Value, negations: Value, contrasts: Value) throws(EvalError) in
            try affirmed(text, Negations(negations, contrasts))
          }
        ).specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 3, let negations = constants[1], let contrasts = constants[2] else {
            return nil
          }
          let prepared = try Negations(negations, contrasts)
          return .ternary { (text: Value, _: Value, _: Value) throws(EvalError) in
            try affirmed(text, prepared)
          }
        }
      ]),
    FunctionDecl(
      "language", isPure: true,
      [
        Overload(
          "string_language_map_string", member: true, [.string, .map(.string, .list(.string)), .string],
          .string,
          .ternary { (text: Value, markers: Value, fallback: Value) throws(EvalError) in
            try language(text, fallback, LanguageMatchers(markers, "language"))
          }
        ).specialized { (constants: [Value?]) throws(EvalError) -> Implementation? in
          guard constants.count == 3, let markers = constants[1] else { return nil }
          let matchers = try LanguageMatchers(markers, "language")
          return .ternary { (text: Value, _: Value, fallback: Value) throws(EvalError) in
            try language(text, fallback, matchers)
          }
        }
      ]),
  ]

  /// The negations and the words that end their reach, made ready once.
  private struct Negations {
    let negations: PhraseMatcher
    let contrasts: Set<String>

    init(_ negations: Value, _ contrasts: Value) throws(EvalError) {
      self.negations = PhraseMatcher(try CloseoutFunctions.strings(negations))
      self.contrasts = Set(try CloseoutFunctions.strings(contrasts).map { $0.lowercased() })
    }
  }

  /// The text without what its negations deny: in each sentence, the clause with a negation and
  /// the clauses that follow it after a comma, until one that starts with a contrast ("but",
  /// "just"). "Never any haggling over a bonus or a refund" says nothing about a refund being
  /// asked for; "I don't take PayPal, Zelle or anything outside Upwork" asks for none of them;
  /// in "don't worry, just Venmo me" the request stands.
  private static func affirmed(_ text: Value, _ prepared: Negations) throws(EvalError) -> Value {
    let text = try CloseoutFunctions.string(text, "affirmed")
    // Most texts deny nothing: nothing to cut.
    guard prepared.negations.matches(text) else { return .string(text) }
    var kept: [String] = []
    for sentence in TextPassages.sentences(text) {
      var denied = false
      for clause in TextPassages.clauses(sentence) {
        if denied, let first = Words.lowercased(clause).first, prepared.contrasts.contains(first) {
          denied = false
        }
        if prepared.negations.matches(clause) { denied = true }
        if !denied { kept.append(clause) }
        // A negation reaches on past commas only (a list: "PayPal, Zelle or cash"), not past a
        // colon or a dash, which start a clause of their own.
        if clause.last != "," { denied = false }
      }
    }
    return .string(kept.joined(separator: " "))
  }

  /// The language of the text: the one whose markers it contains most, when that is at least two
  /// distinct markers and more than the fallback language's; otherwise the fallback.
  private static func language(_ text: Value, _ fallback: Value, _ markers: LanguageMatchers)
    throws(EvalError)
    -> Value
  {
    guard case .string(let text) = text, case .string(let fallback) = fallback
    else { throw EvalError("no matching overload: language expects (string, map, string)") }
    let counts = markers.counts(in: text)
    let fallbackCount = markers.languages.firstIndex(of: fallback).map { counts[$0] } ?? 0
    // The language with most markers, two at least and more than the fallback's; of several with
    // as many, the first code in alphabetical order.
    var best: (count: Int, code: String)?
    for (position, code) in markers.languages.enumerated() {
      let count = counts[position]
      guard count >= 2, count > fallbackCount else { continue }
      if let known = best, count < known.count || count == known.count && code >= known.code { continue }
      best = (count, code)
    }
    return .string(best?.code ?? fallback)
  }
}
