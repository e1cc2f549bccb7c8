import CEL

/// A `PhraseMatcher` for each language of a list by language (`lists.NAME` where the rule file
/// gives `en: [...]`, `es: [...]`), and one for all of them together, for a language the list
/// does not have.
struct LanguageMatchers: Sendable {
  private let byLanguage: [String: PhraseMatcher]
  private let all: PhraseMatcher

  /// Matchers for `lists`, a map of language codes to lists of strings.
  init(_ lists: Value, _ function: String) throws(EvalError) {
    guard case .map(let map) = lists else {
      throw EvalError("\(function) expects a list of strings or a map of language codes to lists of strings")
    }
    var byLanguage: [String: PhraseMatcher] = [:]
    var every: [String] = []
    for (key, value) in map.entries {
      guard case .string(let code) = key else {
        throw EvalError("\(function) expects a map of language codes to lists of strings")
      }
      let words = try CloseoutFunctions.strings(value)
      byLanguage[code] = PhraseMatcher(words)
      every += words
    }
    self.byLanguage = byLanguage
    all = PhraseMatcher(every)
  }

  /// Matchers for the map that is the second of `arguments` (a list not known when the rule
  /// compiled).
  init(_ arguments: [Value], _ function: String) throws(EvalError) {
    guard arguments.count == 3 else { throw EvalError("wrong number of arguments") }
    try self.init(arguments[1], function)
  }

  /// The text (the first of `arguments`) and the matcher of the language named by the third: that
  /// language's list, or every language's when the list has none for it.
  func chosen(_ arguments: [Value]) throws(EvalError) -> (text: String, matcher: PhraseMatcher) {
    guard arguments.count == 3, case .string(let text) = arguments[0], case .string(let code) = arguments[2]
    else { throw EvalError("no matching overload: expected (string, map, string)") }
    return (text, byLanguage[code] ?? all)
  }

  /// The languages, by code.
  var languages: [String: PhraseMatcher] { byLanguage }
}
