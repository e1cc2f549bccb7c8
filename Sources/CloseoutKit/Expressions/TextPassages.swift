/// Cuts text into the passages that rules judge: sentences, clauses, what is not quoted, and
/// words written to slip past a word list ("s c a m", "id1ot"). Only Unicode scalars are looked
/// at here, never words: those are matched by `PhraseMatcher`, with the lists of the rule files.
enum TextPassages {
  /// The sentences of `text`, trimmed: it is cut after `.`, `!`, `?`, `;` or `…` followed by a space
  /// or the end, and at line breaks, so "3.5 hours" stays whole.
  static func sentences(_ text: String) -> [String] {
    split(text) { scalar, next in
      isLineBreak(scalar) || isSentenceEnd(scalar) && (next.map(\.isWhiteSpace) ?? true)
    }
  }

  /// The clauses of `text`: its sentences cut again at `,` and `:`, and at dashes.
  static func clauses(_ text: String) -> [String] {
    split(text) { scalar, next in
      isLineBreak(scalar) || isClauseEnd(scalar)
        || isSentenceEnd(scalar) && (next.map(\.isWhiteSpace) ?? true)
    }
  }

  /// `text` without its quoted passages ("…", “…”, „…“, «…», ‘…’ and '…'), each replaced by a
  /// space, and without the lines an e-mail quotes (those that start with `>`). A quotation mark
  /// opens only at the start of a word and closes only at its end, so the apostrophes of "it's"
  /// and "clients' " are left alone; a mark that is never closed is kept.
  static func unquoted(_ text: String) -> String {
    // Most texts quote nothing: no mark that could open a quote, and nothing to copy.
    guard text.unicodeScalars.contains(where: { closingMark(of: $0) != nil || $0 == ">" }) else {
      return text
    }
    let text = withoutQuotedLines(text)
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if let closing = closingMark(of: scalar), opensQuote(scalars, at: index),
        let end = quoteEnd(scalars, from: index + 1, closing: closing)
      {
        result.append(" ")
        index = end + 1
        continue
      }
      result.append(scalar)
      index += 1
    }
    return String(result)
  }

  /// `text` with letters spaced out to dodge a word list joined again ("s c a m" → "scam", three
  /// or more single letters in a row) and digits or symbols standing for letters inside a word
  /// read as those letters ("id1ot" → "idiot", "cl0wn" → "clown", "a$$hole" → "asshole").
  static func deobfuscated(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    // Most texts have nothing to undo: no lookalike and no letter standing alone.
    guard
      scalars.indices.contains(where: {
        lookalike(scalars[$0]) != nil || spacedLetters(scalars, from: $0).count >= 3
      })
    else { return text }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let run = spacedLetters(scalars, from: index)
      if run.count >= 3 {
        // The letters are every other scalar of the run.
        for letter in stride(from: index, to: run.end, by: 2) { result.append(scalars[letter]) }
        index = run.end
        continue
      }
      // A run of lookalikes between letters ("a$$hole") is read as letters.
      var end = index
      while end < scalars.count, lookalike(scalars[end]) != nil { end += 1 }
      if end > index, index > 0, end < scalars.count, isLetter(scalars[index - 1]), isLetter(scalars[end]) {
        for scalar in scalars[index..<end] { result.append(lookalike(scalar) ?? scalar) }
        index = end
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }

  /// `text` without the lines that start with `>` (after spaces): what an e-mail reply quotes.
  private static func withoutQuotedLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(">") else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.filter { $0.drop { $0 == " " || $0 == "\t" }.first != ">" }.joined(separator: "\n")
  }

  private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", ";", "…", "。": true
    default: false
    }
  }

  private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ":", "–", "—": true
    default: false
    }
  }

  /// The letter a digit or symbol stands for inside a word.
  private static func lookalike(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "0": "o"
    case "1": "i"
    case "3": "e"
    case "4": "a"
    case "5": "s"
    case "7": "t"
    case "@": "a"
    case "$": "s"
    default: nil
    }
  }

  /// How many single letters separated by one space start at `start`, and where they end.
  private static func spacedLetters(_ scalars: [Unicode.Scalar], from start: Int) -> (count: Int, end: Int) {
    guard start == 0 || !isLetterOrDigit(scalars[start - 1]) else { return (0, start) }
    var count = 0
    var index = start
    var end = start
    while index < scalars.count, isLetter(scalars[index]) {
      let after = index + 1
      guard after == scalars.count || !isLetterOrDigit(scalars[after]) else { break }
      count += 1
      end = after
      guard after + 1 < scalars.count, scalars[after] == " " else { break }
      index = after + 1
    }
    return (count, end)
  }

  /// The closing mark of a quotation mark that can open a quote.
  private static func closingMark(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "\"": "\""
    case "“": "”"
    case "„": "“"
    case "«": "»"
    case "‘": "’"
    case "'": "'"
    default: nil
    }
  }

  /// Whether the mark at `index` starts a word: at the start, or after a space or opening bracket.
  private static func opensQuote(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 1 < scalars.count, !scalars[index + 1].isWhiteSpace else { return false }
    return index == 0 || scalars[index - 1].isWhiteSpace
      || "([{—–-".unicodeScalars.contains(scalars[index - 1])
  }

  /// Where the quote opened before `start` closes: the first `closing` mark that ends a word.
  private static func quoteEnd(_ scalars: [Unicode.Scalar], from start: Int, closing: Unicode.Scalar) -> Int?
  {
    var index = start
    while index < scalars.count {
      if scalars[index] == closing, index > start, !scalars[index - 1].isWhiteSpace,
        index + 1 == scalars.count || !isLetter(scalars[index + 1])
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The trimmed, non-empty pieces of `text`, cut after each scalar for which `isEnd` holds
  /// (given the scalar after it).
  private static func split(_ text: String, isEnd: (Unicode.Scalar, Unicode.Scalar?) -> Bool) -> [String] {
    let scalars = text.unicodeScalars
    var pieces: [String] = []
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let next = scalars.index(after: index)
      if isEnd(scalars[index], next < scalars.endIndex ? scalars[next] : nil) {
        appendTrimmed(scalars[start..<next], to: &pieces)
        start = next
      }
      index = next
    }
    appendTrimmed(scalars[start..<scalars.endIndex], to: &pieces)
    return pieces
  }

  private static func appendTrimmed(_ piece: String.UnicodeScalarView.SubSequence, to pieces: inout [String])
  {
    var piece = piece
    while let first = piece.first, first.isWhiteSpace { piece = piece.dropFirst() }
    while let last = piece.last, last.isWhiteSpace { piece = piece.dropLast() }
    if !piece.isEmpty { pieces.append(String(piece)) }
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
  }
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
  }
  private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? isLetter(scalar) || ("0"..."9").contains(scalar)
      : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
