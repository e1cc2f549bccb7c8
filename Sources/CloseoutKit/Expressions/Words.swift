/// Closeout's word-level text checks, on top of `WordCursor`.
enum Words {
  /// The words of `text`, lower-cased (`’` written as `'`).
  static func lowercased(_ text: String) -> [String] {
    WordCursor.lowercasedWords(text)
  }

  /// The words of the longest run of consecutive shouted words, as written: words with at least one
  /// letter and no lower-case letter. The first such run wins a tie.
  static func longestShoutedRun(_ text: String) -> [String] {
    var best: ArraySlice<Substring> = []
    var runStart = 0
    let words = WordCursor.writtenWords(text)
    for (index, word) in words.enumerated() {
      if isShouted(word) {
        if index + 1 - runStart > best.count { best = words[runStart...index] }
      } else {
        runStart = index + 1
      }
    }
    return best.map(String.init)
  }

  private static func isShouted(_ word: Substring) -> Bool {
    var hasLetter = false
    for scalar in word.unicodeScalars {
      // ASCII letters without the property tables, which cost hundreds of instructions a scalar.
      if scalar.isASCII {
        if ("a"..."z").contains(scalar) { return false }
        if ("A"..."Z").contains(scalar) { hasLetter = true }
        continue
      }
      if scalar.properties.isLowercase { return false }
      if scalar.properties.isAlphabetic { hasLetter = true }
    }
    return hasLetter
  }
}
