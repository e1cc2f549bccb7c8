/// A parsed regular expression; only what decides whether the text matches is kept, so
/// groups, group names and greediness are gone after parsing.
indirect enum RegexNode: Equatable, Sendable {
  /// Matches the empty string.
  case empty
  /// One code point, compared exactly.
  case scalar(Unicode.Scalar)
  /// One code point in a set (also `.`, `\d`, and a literal under `(?i)`).
  case characterClass(CharacterClass)
  /// An empty-width test of the position.
  case assertion(RegexAssertion)
  /// Each part in turn.
  case concatenation([RegexNode])
  /// Any one of the parts.
  case alternation([RegexNode])
  /// The node from `min` to `max` times (`nil`: no upper bound).
  case repetition(RegexNode, min: Int, max: Int?)
}

/// A test of the position between two code points, made without consuming any.
enum RegexAssertion: Equatable, Sendable {
  /// `\A`, and `^` without `(?m)`.
  case beginText
  /// `\z`, and `$` without `(?m)` (RE2's `$` does not match before a final newline).
  case endText
  /// `^` under `(?m)`.
  case beginLine
  /// `$` under `(?m)`.
  case endLine
  /// `\b`: an ASCII word character on exactly one side.
  case wordBoundary
  /// `\B`.
  case notWordBoundary

  /// Whether the position between `previous` and `next` (nil at either end) passes.
  func holds(previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
    switch self {
    case .beginText: previous == nil
    case .endText: next == nil
    case .beginLine: previous == nil || previous == "\n"
    case .endLine: next == nil || next == "\n"
    case .wordBoundary: Self.isWord(previous) != Self.isWord(next)
    case .notWordBoundary: Self.isWord(previous) == Self.isWord(next)
    }
  }

  private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return CharacterClass.word.contains(scalar)
  }
}
