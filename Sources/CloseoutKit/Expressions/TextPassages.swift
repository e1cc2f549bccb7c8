/// Cuts text into the passages that rules judge: sentences, clauses, what is not quoted, and
/// words written to slip past a word list ("s c a m", "id1ot"). Only characters are looked at
/// here; words are matched by `PhraseMatcher`, with the lists of the rule files.
enum TextPassages {
  /// The sentences of `text`, trimmed: it is cut after `.`, `!`, `?`, `;` or `…` followed by a space
  /// or the end, and at line breaks, so "3.5 hours" stays whole.
  static func sentences(_ text: String) -> [String] {
    split(text) { character, next in
      character.isNewline || ("!?;…。".contains(character) || character == ".") && (next?.isWhitespace ?? true)
    }
  }

  /// The clauses of `text`: its sentences cut again at `,` and `:`, and at a dash between spaces.
  static func clauses(_ text: String) -> [String] {
    split(text) { character, next in
      character.isNewline || ",:–—".contains(character)
        || ("!?;…。".contains(character) || character == ".") && (next?.isWhitespace ?? true)
    }
  }

  /// `text` without its quoted passages ("…", “…”, „…“, «…», ‘…’ and '…'), each replaced by a
  /// space. A quotation mark opens only at the start of a word and closes only at its end, so the
  /// apostrophes of "it's" and "clients' " are left alone; a mark that is never closed is kept.
  static func unquoted(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let closing = closingMark(of: character), opensQuote(characters, at: index),
        let end = quoteEnd(characters, from: index + 1, closing: closing)
      {
        result.append(" ")
        index = end + 1
        continue
      }
      result.append(character)
      index += 1
    }
    return result
  }

  /// `text` with letters spaced out to dodge a word list joined again ("s c a m" → "scam", three
  /// or more single letters in a row) and digits or symbols standing for letters inside a word
  /// read as those letters ("id1ot" → "idiot", "cl0wn" → "clown", "a$$hole" → "asshole").
  static func deobfuscated(_ text: String) -> String {
    let characters = Array(text)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var index = 0
    while index < characters.count {
      let run = spacedLetters(characters, from: index)
      if run.count >= 3 {
        result += String(run.letters)
        index = run.end
        continue
      }
      // A run of lookalikes between letters ("a$$hole") is read as letters.
      var end = index
      while end < characters.count, lookalikes[characters[end]] != nil { end += 1 }
      if end > index, index > 0, end < characters.count, characters[index - 1].isLetter,
        characters[end].isLetter
      {
        for character in characters[index..<end] { result.append(lookalikes[character] ?? character) }
        index = end
        continue
      }
      result.append(characters[index])
      index += 1
    }
    return result
  }

  /// Digits and symbols that stand for letters inside a word.
  private static let lookalikes: [Character: Character] = [
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
  ]

  /// The single letters separated by one space that start at `start`, and where they end.
  private static func spacedLetters(_ characters: [Character], from start: Int)
    -> (letters: [Character], count: Int, end: Int)
  {
    guard start == 0 || !characters[start - 1].isLetter && !characters[start - 1].isNumber else {
      return ([], 0, start)
    }
    var letters: [Character] = []
    var index = start
    var end = start
    while index < characters.count, characters[index].isLetter {
      let after = index + 1
      guard after == characters.count || !characters[after].isLetter && !characters[after].isNumber else {
        break
      }
      letters.append(characters[index])
      end = after
      guard after + 1 < characters.count, characters[after] == " " else { break }
      index = after + 1
    }
    return (letters, letters.count, end)
  }

  /// The closing mark of a quotation mark that can open a quote.
  private static func closingMark(of character: Character) -> Character? {
    switch character {
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
  private static func opensQuote(_ characters: [Character], at index: Int) -> Bool {
    guard index + 1 < characters.count, !characters[index + 1].isWhitespace else { return false }
    return index == 0 || characters[index - 1].isWhitespace || "([{—–-".contains(characters[index - 1])
  }

  /// Where the quote opened before `start` closes: the first `closing` mark that ends a word.
  private static func quoteEnd(_ characters: [Character], from start: Int, closing: Character) -> Int? {
    var index = start
    while index < characters.count {
      if characters[index] == closing, index > start, !characters[index - 1].isWhitespace,
        index + 1 == characters.count || !characters[index + 1].isLetter
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The trimmed, non-empty pieces of `text`, cut after each character for which `isEnd` holds
  /// (given the character after it).
  private static func split(_ text: String, isEnd: (Character, Character?) -> Bool) -> [String] {
    var pieces: [String] = []
    var current = ""
    var iterator = text.makeIterator()
    var character = iterator.next()
    while let this = character {
      let next = iterator.next()
      current.append(this)
      if isEnd(this, next) {
        appendTrimmed(current, to: &pieces)
        current = ""
      }
      character = next
    }
    appendTrimmed(current, to: &pieces)
    return pieces
  }

  private static func appendTrimmed(_ piece: String, to pieces: inout [String]) {
    let trimmed = piece.trimmingWhitespace()
    if !trimmed.isEmpty { pieces.append(String(trimmed)) }
  }
}
