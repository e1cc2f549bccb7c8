import CEL

/// The entries of a list by language (`lists.NAME` where the rule file gives `en: [...]`,
/// `es: [...]`) in one `PhraseMatcher`, with the language of each entry: a text is scanned once,
/// whichever language is asked for.
struct LanguageMatchers: Sendable {
  /// Every language's entries, one language after another.
  private let matcher: PhraseMatcher
  /// The entries and their language codes, by position in `matcher`'s list.
  private let entries: [String]
  private let codes: [String]
  /// The language codes the list has, each once, in the list's order, and the position there of
  /// each entry's code: a call finds its language among a few codes, then compares integers entry
  /// by entry.
  let languages: [String]
  private let entryLanguages: [Int]

  /// Matchers for `lists`, a map of language codes to lists of strings.
  init(_ lists: Value, _ function: String) throws(EvalError) {
    guard case .map(let map) = lists else {
      throw EvalError("\(function) expects a list of strings or a map of language codes to lists of strings")
    }
    var entries: [String] = []
    var codes: [String] = []
    for (key, value) in map.entries {
      guard case .string(let code) = key else {
        throw EvalError("\(function) expects a map of language codes to lists of strings")
      }
      let words = try CloseoutFunctions.strings(value)
      entries += words
      codes += Array(repeating: code, count: words.count)
    }
    matcher = PhraseMatcher(entries)
    self.entries = entries
    self.codes = codes
    var languages: [String] = []
    entryLanguages = codes.map { code in
      if let position = languages.firstIndex(of: code) { return position }
      languages.append(code)
      return languages.count - 1
    }
    self.languages = languages
  }

  /// Whether `text` contains an entry of the language `code` names (of every language, when the
  /// list has none for it): what `found` would return something for, known at the first entry
  /// found.
  func containsAny(_ text: Value, _ code: Value) throws(EvalError) -> Bool {
    guard case .string(let text) = text, case .string(let code) = code
    else { throw EvalError("no matching overload: expected (string, map, string)") }
    guard let language = languages.firstIndex(of: code) else { return matcher.matches(text) }
    return matcher.matches(text) { entryLanguages[$0] == language }
  }

  /// The entries of the language `code` names (every language's, when the list has none for it)
  /// that `text` contains: each once, in the order of the list.
  func found(_ text: Value, _ code: Value) throws(EvalError) -> [String] {
    guard case .string(let text) = text, case .string(let code) = code
    else { throw EvalError("no matching overload: expected (string, map, string)") }
    let anyLanguage = !languages.contains(code)
    var seen: Set<String> = []
    return matcher.foundPositions(in: text).sorted()
      .filter { anyLanguage || codes[$0] == code }
      .map { entries[$0] }
      .filter { seen.insert($0).inserted }
  }

  /// Every occurrence in `text` of an entry of the language `code` (of every language, when the
  /// list has none for it), with the entry: what `explain` shows of a call of `found`'s functions.
  func occurrences(in text: String, language code: String) -> [WordOccurrences.Occurrence] {
    let anyLanguage = !languages.contains(code)
    return matcher.occurrences(in: text).filter { anyLanguage || codes[$0.position] == code }.map {
      WordOccurrences.Occurrence(entry: entries[$0.position], range: $0.range)
    }
  }

  /// How many distinct entries of each language `text` contains, found in one pass: by position
  /// in `languages`.
  func counts(in text: String) -> [Int] {
    var counts = Array(repeatElement(0, count: languages.count))
    for position in matcher.foundPositions(in: text) { counts[entryLanguages[position]] += 1 }
    return counts
  }
}
