/// Closeout's word-level text checks, on top of `WordScanner`.
enum Words {
  /// The words of `text`, lower-cased (`’` written as `'`).
  static func lowercased(_ text: String) -> [String] {
    WordScanner(text).strings
  }

  /// The words of the longest run of consecutive shouted words, as written: words with at least one
  /// letter and no lower-case letter. The first such run wins a tie.
  static func longestShoutedRun(_ text: String) -> [String] {
    var best: ArraySlice<Substring> = []
    var runStart = 0
    let words = split(text)
    for (index, word) in words.enumerated() {
      if isShouted(word) {
        if index + 1 - runStart > best.count { best = words[runStart...index] }
      } else {
        runStart = index + 1
      }
    }
    return best.map(String.init)
  }

  /// The words of `text` as written, split as `WordScanner` splits them.
  private static func split(_ text: String) -> [Substring] {
    var words: [Substring] = []
    var start: String.Index?
    var index = text.unicodeScalars.startIndex
    let scalars = text.unicodeScalars
    func close(at end: String.Index) {
      guard let wordStart = start else { return }
      var word = text[wordStart..<end]
      while let first = word.unicodeScalars.first, isApostrophe(first) { word = word.dropFirst() }
      while let last = word.unicodeScalars.last, isApostrophe(last) { word = word.dropLast() }
      if !word.isEmpty { words.append(word) }
      start = nil
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isApostrophe(scalar) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      {
        if start == nil { start = index }
      } else {
        close(at: index)
      }
      index = scalars.index(after: index)
    }
    close(at: scalars.endIndex)
    return words
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

  private static func isShouted(_ word: Substring) -> Bool {
    var hasLetter = false
    for scalar in word.unicodeScalars {
      if scalar.properties.isLowercase { return false }
      if scalar.properties.isAlphabetic { hasLetter = true }
    }
    return hasLetter
  }
}
