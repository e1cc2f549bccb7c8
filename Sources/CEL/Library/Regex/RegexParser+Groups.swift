extension RegexParser {
  /// What a `(?…` opens.
  enum GroupSyntax {
    /// `(?i)`: flags for the rest of the enclosing group; nothing is opened.
    case setFlags(Flags)
    /// `(?:`, `(?i:`, `(?P<name>`: a group whose contents use these flags.
    case group(Flags)
  }

  /// Reads what follows `(?` (the group started at `start`): a named group, flags, or one of
  /// the Perl and PCRE constructs RE2 rejects, each with its own message.
  mutating func parseGroupSyntax(from start: Int) throws(RegexError) -> GroupSyntax {
    switch (peek(), peek(1)) {
    case ("=", _), ("!", _): throw .unsupported(.lookahead, text(from: start, to: position + 1))
    case ("<", "="), ("<", "!"): throw .unsupported(.lookbehind, text(from: start, to: position + 2))
    case (">", _): throw .unsupported(.atomicGroup, text(from: start, to: position + 1))
    case ("#", _): throw .unsupported(.comment, text(from: start, to: position + 1))
    case ("(", _): throw .unsupported(.conditional, text(from: start, to: position + 1))
    case ("P", "="): throw .unsupported(.backreference, text(from: start, to: position + 2))
    case ("P", ">"), ("R", _), ("&", _): throw .unsupported(.recursion, text(from: start, to: position + 1))
    case ("P", "<"):
      position += 2
      return .group(try parseGroupName(from: start))
    case ("<", _):
      position += 1
      return .group(try parseGroupName(from: start))
    default:
      return try parseFlags(from: start)
    }
  }

  /// Reads `name>` of a named group; the flags do not change.
  private mutating func parseGroupName(from start: Int) throws(RegexError) -> Flags {
    let nameStart = position
    while let scalar = peek(), scalar != ">" { position += 1 }
    guard peek() == ">" else { throw .invalidGroupName(text(from: start, to: position)) }
    let name = text(from: nameStart, to: position)
    position += 1
    try declareGroupName(name, text: text(from: start, to: position))
    return flags
  }

  /// Reads `imsU-imsU` followed by `)` or `:`. RE2 allows one `-`, which must be followed by
  /// a flag, and at least one flag unless the group is `(?:`.
  private mutating func parseFlags(from start: Int) throws(RegexError) -> GroupSyntax {
    var newFlags = flags
    var negated = false
    var sawFlag = false
    while let scalar = peek() {
      position += 1
      switch scalar {
      case "i": newFlags.caseInsensitive = !negated
      case "m": newFlags.multiLine = !negated
      case "s": newFlags.dotMatchesNewline = !negated
      case "U": break  // ungreedy: laziness cannot change whether text matches
      case "-" where !negated:
        negated = true
        sawFlag = false
        continue
      case ":", ")":
        // `(?)`, `(?-)` and `(?i-)` are errors; `(?:` is the plain non-capturing group.
        guard sawFlag || (scalar == ":" && !negated && position == start + 3) else {
          throw .invalidPerlOperator(text(from: start, to: position))
        }
        return scalar == ":" ? .group(newFlags) : .setFlags(newFlags)
      default:
        throw .invalidPerlOperator(text(from: start, to: position))
      }
      sawFlag = true
    }
    throw .missingParenthesis
  }
}
