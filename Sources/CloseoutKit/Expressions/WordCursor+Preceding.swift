extension WordCursor {
  /// The word before the one that starts at byte `start` of `utf8`, or nil when it is the first.
  ///
  /// Used to confirm phrases of several words, only when the last word of one has been found, so
  /// that a scan need not remember the words it has passed. It walks back to the start of the
  /// previous run of word characters and reads that run forwards, so the word is exactly the one a
  /// forward scan returns.
  static func word(before start: Int, in utf8: Span<UInt8>) -> ScannedWord? {
    // Back over the apostrophes that begin this run, any separators and runs of apostrophes alone,
    // and the apostrophes that end the previous word, to its last other character.
    var index = start
    while index > 0 {
      let (role, scalarStart) = role(before: index, in: utf8)
      if role == .character { break }
      index = scalarStart
    }
    guard index > 0 else { return nil }
    // Back to the start of that run.
    while index > 0 {
      let (role, scalarStart) = role(before: index, in: utf8)
      if role == .separator { break }
      index = scalarStart
    }
    var cursor = WordCursor(at: index)
    return cursor.next(in: utf8)
  }

  /// The role of the scalar that ends just before byte `end`, and where it starts.
  private static func role(before end: Int, in utf8: Span<UInt8>) -> (ScalarRole, Int) {
    let byte = utf8[end - 1]
    if byte < 0x80 {
      if WordCharacters.isLetterOrDigit(byte) { return (.character, end - 1) }
      return (byte == WordCharacters.apostrophe ? .apostrophe : .separator, end - 1)
    }
    var start = end - 1
    while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
    return (role(of: utf8, at: start).0, start)
  }
}
