/// Splits text into words for Closeout's tone checks.
///
/// A word is a run of letters, digits and apostrophes (`'` or `’`) with apostrophes trimmed from its
/// ends, so `client's` is one word and `'hello'` is `hello`.
enum Words {
  /// The words of `text` as written.
  static func split(_ text: String) -> [Substring] {
    var words: [Substring] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if isWordCharacter(character) {
        if start == nil { start = index }
      } else if let wordStart = start {
        appendTrimmed(text[wordStart..<index], to: &words)
        start = nil
      }
      index = text.index(after: index)
    }
    if let wordStart = start { appendTrimmed(text[wordStart...], to: &words) }
    return words
  }

  /// The words of `text`, lower-cased.
  static func lowercased(_ text: String) -> [String] {
    split(text).map { $0.lowercased() }
  }

  /// Whether `text` contains any of `phrases` as whole words, case-insensitively; a phrase of several
  /// words matches them consecutively.
  static func containsAny(_ text: String, phrases: [String]) -> Bool {
    let words = lowercased(text)
    guard !words.isEmpty else { return false }
    for phrase in phrases {
      let wanted = lowercased(phrase)
      guard let first = wanted.first, wanted.count <= words.count else { continue }
      for start in 0...(words.count - wanted.count) where words[start] == first {
        if words[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
      }
    }
    return false
  }

  /// The words of the longest run of consecutive shouted words: words with at least one letter and
  /// no lower-case letter. The first such run wins a tie.
  static func longestShoutedRun(_ text: String) -> [String] {
    var best: [String] = []
    var run: [String] = []
    for word in split(text) {
      if isShouted(word) {
        run.append(String(word))
        if run.count > best.count { best = run }
      } else {
        run.removeAll(keepingCapacity: true)
      }
    }
    return best
  }

  private static func isShouted(_ word: Substring) -> Bool {
    word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "'" || character == "’"
  }

  private static func appendTrimmed(_ word: Substring, to words: inout [Substring]) {
    var trimmed = word.drop(while: isApostrophe)
    while let last = trimmed.last, isApostrophe(last) { trimmed = trimmed.dropLast() }
    if !trimmed.isEmpty { words.append(trimmed) }
  }

  private static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "’" }
}
