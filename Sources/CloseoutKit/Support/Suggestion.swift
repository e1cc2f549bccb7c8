import CEL

/// "Did you mean" suggestions for misspelled names.
enum Suggestion {
  /// `did you mean 'x'?` for the closest candidate within a small edit distance, or nil.
  static func didYouMean(_ word: String, among candidates: [String]) -> String? {
    didYouMean(word, among: Spelling.Candidates(candidates))
  }

  /// `did you mean 'x'?` among candidates prepared once for many words, or nil.
  static func didYouMean(_ word: String, among candidates: Spelling.Candidates) -> String? {
    candidates.closest(to: word).map { "did you mean '\($0)'?" }
  }
}
