import CEL

/// A `PhraseMatcher` for each language of a list by language (`lists.NAME` where the rule file
/// gives `en: [...]`, `es: [...]`), and one for all of them together, for a language the list
/// does not have.
struct LanguageMatchers: Sendable {
  private let byLanguage: [String: PhraseMatcher]
  /// Every language's entries in one matcher, and the language code of each entry.
  private let all: PhraseMatcher
  private let codes: [String]

  /// Matchers for `lists`, a map of language codes to lists of strings.
  init(_ lists: Value, _ function: String) throws(EvalError) {
    guard case .map(let map) = lists else {
      throw EvalError("\(function) expects a list of strings or a map of language codes to lists of strings")
    }
    var byLanguage: [String: PhraseMatcher] = [:]
    var every: [String] = []
    var codes: [String] = []
    for (key, value) in map.entries {
      guard case .string(let code) = key else {
        throw EvalError("\(function) expects a map of language codes to lists of strings")
      }
      let words = try CloseoutFunctions.strings(value)
      byLanguage[code] = PhraseMatcher(words)
      every += words
      codes += Array(repeating: code, count: words.count)
    }
    self.byLanguage = byLanguage
    all = PhraseMatcher(every)
    self.codes = codes
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

  /// How many distinct entries of each language `text` contains, found in one pass.
  func counts(in text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for position in all.foundPositions(in: text) where position < codes.count {
      counts[codes[position], default: 0] += 1
    }
    return counts
  }
}
