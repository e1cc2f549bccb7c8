extension RegexParser {
  /// Reads a bracketed class `[…]` or `[^…]`: code points, ranges `a-z`, escapes, Perl and
  /// Unicode class escapes, and POSIX classes `[:alpha:]` / `[:^alpha:]`. As in RE2, a `]`
  /// first in the class and a `-` first or last stand for themselves.
  mutating func parseClass() throws(RegexError) -> RegexNode {
    let start = position
    position += 1
    let isNegated = peek() == "^"
    if isNegated { position += 1 }
    var ranges: [ClosedRange<UInt32>] = []
    var properties: [UnicodeProperty] = []
    var isFirst = true
    while true {
      guard let scalar = peek() else { throw .missingBracket(text(from: start, to: position)) }
      if scalar == "]" && !isFirst {
        position += 1
        break
      }
      isFirst = false
      if scalar == "[" && peek(1) == ":", let posix = try parsePOSIXClass() {
        ranges += posix
      } else if let escape = try parseClassEscape() {
        ranges += escape.parts.ranges
        properties += escape.parts.properties
      } else {
        ranges.append(try parseClassRange())
      }
    }
    return .characterClass(
      CharacterClass(
        ranges: ranges, properties: properties, isNegated: isNegated, foldsCase: flags.caseInsensitive))
  }

  /// Reads `[:name:]` or `[:^name:]`; nil (reading nothing) when no `:]` closes it, in which
  /// case the `[` is a literal.
  private mutating func parsePOSIXClass() throws(RegexError) -> [ClosedRange<UInt32>]? {
    let start = position
    var end = position + 2
    while end + 1 < scalars.count, !(scalars[end] == ":" && scalars[end + 1] == "]") { end += 1 }
    guard end + 1 < scalars.count else { return nil }
    var name = text(from: start + 2, to: end)
    let isNegated = name.hasPrefix("^")
    if isNegated { name.removeFirst() }
    position = end + 2
    guard let ranges = NamedClasses.posix(name) else {
      throw .invalidClass(text(from: start, to: position))
    }
    return isNegated ? CharacterClass.complement(ranges) : ranges
  }

  /// Reads one code point or a range `lo-hi` inside brackets.
  private mutating func parseClassRange() throws(RegexError) -> ClosedRange<UInt32> {
    let start = position
    let low = try parseClassScalar()
    guard peek() == "-", let after = peek(1), after != "]" else { return low.value...low.value }
    position += 1
    let high = try parseClassScalar()
    guard low <= high else { throw .invalidClassRange(text(from: start, to: position)) }
    return low.value...high.value
  }

  private mutating func parseClassScalar() throws(RegexError) -> Unicode.Scalar {
    guard let scalar = peek() else { throw .missingBracket(text(from: 0, to: position)) }
    if scalar == "\\" { return try parseSingleEscape() }
    position += 1
    return scalar
  }
}
