/// Why a pattern is not a valid RE2 regular expression; every message is worded here.
///
/// The kinds follow RE2's own error codes, plus one kind for the Perl and PCRE features that
/// RE2 leaves out on purpose (they need backtracking), so that a pattern written for another
/// engine is told what to change instead of being read differently.
enum RegexError: Error, Equatable, Sendable {
  /// A `[` without its `]`; the text is the class so far.
  case missingBracket(String)
  /// A `(` without its `)`.
  case missingParenthesis
  /// A `)` without its `(`.
  case unexpectedParenthesis
  /// A `\` at the end of the pattern.
  case trailingBackslash
  /// An escape RE2 does not define, such as `\q` or `\u0041`.
  case invalidEscape(String)
  /// A range whose ends are reversed, such as `z-a`.
  case invalidClassRange(String)
  /// An unknown POSIX class (`[:foo:]`) or Unicode class (`\p{Foo}`).
  case invalidClass(String)
  /// A `*`, `+`, `?` or `{n}` with nothing before it.
  case missingRepetitionArgument(String)
  /// Two repetition operators in a row, such as `a**`.
  case badRepetitionOperator(String)
  /// A counted repetition above the limit or with its bounds reversed.
  case invalidRepetitionSize(String)
  /// A `(?` group RE2 does not define.
  case invalidPerlOperator(String)
  /// A `(?P<name>` whose name is empty or not made of word characters.
  case invalidGroupName(String)
  /// A second group with the same name.
  case duplicateGroupName(String)
  /// A feature of other engines that RE2 does not have.
  case unsupported(UnsupportedFeature, String)
  /// Groups nested deeper than `RegexLimits.nesting`.
  case nestingTooDeep
  /// A pattern whose program is larger than `RegexLimits.instructions`.
  case patternTooLarge

  /// What went wrong, for a person.
  var message: String {
    switch self {
    case .missingBracket(let text): "missing ]: \(text)"
    case .missingParenthesis: "missing )"
    case .unexpectedParenthesis: "unexpected )"
    case .trailingBackslash: "trailing \\"
    case .invalidEscape(let text) where text.hasPrefix("\\u") || text.hasPrefix("\\U"):
      "invalid escape sequence: \(text) (RE2 syntax writes a code point as \\x{263a})"
    case .invalidEscape(let text): "invalid escape sequence: \(text)"
    case .invalidClassRange(let text): "invalid character class range: \(text)"
    case .invalidClass(let text): "invalid character class: \(text)"
    case .missingRepetitionArgument(let text): "missing argument to repetition operator: \(text)"
    case .badRepetitionOperator(let text): "bad repetition operator: \(text)"
    case .invalidRepetitionSize(let text):
      "invalid repetition size: \(text) (counts are at most \(RegexLimits.repetition))"
    case .invalidPerlOperator(let text): "invalid or unsupported Perl syntax: \(text)"
    case .invalidGroupName(let text): "invalid named capture group: \(text)"
    case .duplicateGroupName(let text): "duplicate capture group name: \(text)"
    case .unsupported(let feature, let text): "\(feature.name) is not supported (RE2 syntax): \(text)"
    case .nestingTooDeep: "groups are nested more than \(RegexLimits.nesting) deep"
    case .patternTooLarge:
      "pattern too large: its program exceeds \(RegexLimits.instructions) instructions"
    }
  }
}

/// A feature of Perl, PCRE or .NET patterns that RE2 rejects because it needs backtracking.
enum UnsupportedFeature: Equatable, Sendable {
  case lookahead, lookbehind, backreference, possessiveQuantifier, atomicGroup
  case endOfTextBeforeNewline, conditional, comment, recursion

  var name: String {
    switch self {
    case .lookahead: "lookahead"
    case .lookbehind: "lookbehind"
    case .backreference: "a backreference"
    case .possessiveQuantifier: "a possessive quantifier"
    case .atomicGroup: "an atomic group"
    case .endOfTextBeforeNewline: "\\Z (use \\z)"
    case .conditional: "a conditional group"
    case .comment: "a comment group"
    case .recursion: "recursion"
    }
  }
}

/// The sizes RE2 bounds, so that every accepted pattern matches in time linear in the text.
enum RegexLimits {
  /// The largest count in `{n}`, `{n,}` and `{n,m}`, as in RE2.
  static let repetition = 1000
  /// The most instructions a compiled pattern may have; matching costs at most this many
  /// steps per code point of the text. RE2 bounds its programs by memory instead.
  static let instructions = 10_000
  /// The deepest nesting of groups (RE2 allows 1,000; ours is lower because the compiler
  /// recurses once per level).
  static let nesting = 200
}
