import CEL

/// Which entries of a word list a call of a word function found in its text, and where: what
/// `explain` shows under such a call, found by the functions' own matchers (`PhraseMatcher`, and
/// `LanguageMatchers` for a list by language) rather than by a second way of matching.
enum WordOccurrences {
  /// The functions that match a text against a word list: `text.containsAnyWord(list)`,
  /// `text.containsAnyWord(listByLanguage, code)` and the same for `foundWords`.
  static let functions: Set<String> = ["containsAnyWord", "foundWords"]

  /// One entry found: the entry as the list writes it and where the text holds it.
  struct Occurrence: Sendable, Equatable {
    /// The list entry.
    var entry: String
    /// Where its first word starts and its last word ends in the text, in UTF-8 offsets.
    var range: Range<Int>
  }

  /// Every occurrence of an entry in the text, the first of `arguments`, of the list (or list by
  /// language and language code) that follow it, in the order found.
  static func find(_ arguments: [Value]) throws(EvalError) -> [Occurrence] {
    guard let first = arguments.first, case .string(let text) = first else {
      throw EvalError("a word function matches a string")
    }
    switch arguments.count {
    case 2:
      let entries = try CloseoutFunctions.strings(arguments[1])
      return PhraseMatcher(entries).occurrences(in: text).map {
        Occurrence(entry: entries[$0.position], range: $0.range)
      }
    case 3:
      guard case .string(let code) = arguments[2] else { throw EvalError("a language code is a string") }
      return try LanguageMatchers(arguments[1], "containsAnyWord").occurrences(in: text, language: code)
    default:
      throw EvalError("wrong number of arguments")
    }
  }
}
