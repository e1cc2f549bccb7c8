/// A compiled regular expression for `matches`, which finds a match anywhere in the string
/// (RE2's partial match), treating the string as code points as RE2 does.
///
/// Patterns use RE2's syntax and are matched in time linear in the text (see `RegexProgram`),
/// so no pattern can make an evaluation run away.
struct RegexPattern: Sendable {
  private let program: RegexProgram

  /// Compiles `source`; a pattern that is not valid RE2 syntax is an error.
  init(_ source: String) throws(EvalError) {
    do {
      program = try RegexProgram(try RegexParser.parse(source))
    } catch {
      throw EvalError("invalid regular expression '\(source)': \(error.message)")
    }
  }

  /// Whether the pattern matches some part of `text`.
  func search(_ text: String) -> Bool {
    program.matches(in: text)
  }
}
