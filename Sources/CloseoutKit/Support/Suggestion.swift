import CEL

/// "Did you mean" suggestions for misspelled names.
enum Suggestion {
  /// `did you mean 'x'?` for the closest candidate within a small edit distance, or nil.
  static func didYouMean(_ word: String, among candidates: [String]) -> String? {
    Spelling.closest(to: word, among: candidates).map { "did you mean '\($0)'?" }
  }
}
