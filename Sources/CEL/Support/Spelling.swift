/// Finds likely misspellings among known names, for "did you mean" hints in the checker and in
/// every layer above it.
public enum Spelling {
  /// The longest word, in characters, that gets a suggestion: a longer one is not a typo of a name.
  public static let longestWord = 64

  /// The candidate closest to `word` by edit distance (case-insensitive), when it is close enough to
  /// be a likely typo: at most one edit per three characters, between one and three; the first
  /// candidate wins a tie. A word longer than `longestWord` characters gets none.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    Candidates(candidates).closest(to: word)
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    var codes = CharacterCodes()
    let a = codes.encode(a)
    let b = codes.encode(b)
    return distance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
  }

  /// Names prepared once for many look-ups: lower-cased and grouped by length, so that a word is
  /// compared only with names whose length is within the edit limit.
  public struct Candidates: Sendable {
    /// The names as given, in order.
    private let names: [String]
    /// By length in characters (up to `longestWord` plus the largest limit): the indices in `names`
    /// and the lower-cased characters of the names of that length, as codes.
    private let byLength: [Int: [(index: Int, characters: [Int])]]
    /// The codes of the characters that the names use.
    private let codes: CharacterCodes

    /// Prepares `names`; a name too long to be within reach of any word is left out.
    public init(_ names: [String]) {
      self.names = names
      var byLength: [Int: [(index: Int, characters: [Int])]] = [:]
      var codes = CharacterCodes()
      for (index, name) in names.enumerated() {
        // `prefix` bounds the work for a very long name, which can never be suggested.
        guard name.prefix(longestWord + 4).count <= longestWord + 3 else { continue }
        let characters = codes.encode(name.lowercased())
        byLength[characters.count, default: []].append((index, characters))
      }
      self.byLength = byLength
      self.codes = codes
    }

    /// The name closest to `word` within its edit limit; the first name wins a tie.
    public func closest(to word: String) -> String? {
      guard word.prefix(longestWord + 1).count <= longestWord else { return nil }
      var codes = codes
      let lowered = codes.encode(word.lowercased())
      let limit = max(1, min(3, lowered.count / 3))
      var best: (index: Int, distance: Int)?
      for length in max(0, lowered.count - limit)...(lowered.count + limit) {
        for candidate in byLength[length] ?? [] {
          guard let distance = distance(lowered, candidate.characters, limit: limit) else { continue }
          if let current = best,
            distance > current.distance || (distance == current.distance && candidate.index > current.index)
          {
            continue
          }
          best = (candidate.index, distance)
        }
      }
      return best.map { names[$0.index] }
    }
  }

  /// The distance between `a` and `b` when it is at most `limit`, else nil. Only the band of
  /// cells within `limit` of the diagonal is computed (a cell outside it exceeds the limit), and
  /// the computation stops as soon as two consecutive rows exceed the limit: no later cell can
  /// come back under it.
  private static func distance(_ a: [Int], _ b: [Int], limit: Int) -> Int? {
    guard abs(a.count - b.count) <= limit else { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let beyond = limit + 1  // any value over the limit
    var previousPrevious = [Int](repeating: beyond, count: b.count + 1)
    var previous = (0...b.count).map { min($0, beyond) }
    var current = [Int](repeating: beyond, count: b.count + 1)
    var previousMinimum = 0
    for i in 1...a.count {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      current[0] = min(i, beyond)
      current[low - 1] = low == 1 ? current[0] : beyond
      if high < b.count { current[high + 1] = beyond }
      var minimum = current[low - 1]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          cell = min(cell, previousPrevious[j - 2] + 1)
        }
        current[j] = min(cell, beyond)
        minimum = min(minimum, current[j])
      }
      if minimum > limit, previousMinimum > limit { return nil }
      previousMinimum = minimum
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// A number for each distinct character, so that the distance compares integers rather than
  /// grapheme clusters.
  private struct CharacterCodes: Sendable {
    private var codes: [Character: Int] = [:]

    mutating func encode(_ text: String) -> [Int] {
      text.map { character in
        if let code = codes[character] { return code }
        let code = codes.count
        codes[character] = code
        return code
      }
    }
  }
}
