/// A named list of a rule set (`lists.NAME` in expressions): words and phrases, either one list
/// for every language or one list per language code.
///
/// A list per language lets a rule match each message in its own language: the text functions
/// take the list and a language code (see `language()` in the README).
public enum WordList: Sendable, Equatable {
  /// One list, whatever the language.
  case words([String])
  /// A list for each language code, such as `en` or `es`.
  case byLanguage([String: [String]])

  /// Every entry, of every language.
  public var allWords: [String] {
    switch self {
    case .words(let words): return words
    case .byLanguage(let lists): return lists.keys.sorted().flatMap { lists[$0] ?? [] }
    }
  }
}
