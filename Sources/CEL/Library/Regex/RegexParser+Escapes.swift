extension RegexParser {
  /// A class written as an escape: `\d`, `\W`, `\pL`, `\P{Nd}`, `\p{^Lu}`.
  struct ClassEscape {
    var ranges: [ClosedRange<UInt32>] = []
    var categories: [Unicode.GeneralCategory] = []
    var isNegated = false

    /// The ranges and properties that add this escape to a bracketed class.
    var parts: (ranges: [ClosedRange<UInt32>], properties: [UnicodeProperty]) {
      let properties =
        categories.isEmpty ? [] : [UnicodeProperty(categories: categories, isNegated: isNegated)]
      return (isNegated && !ranges.isEmpty ? CharacterClass.complement(ranges) : ranges, properties)
    }
  }

  /// Reads an escape outside brackets: an assertion, a class, `\Q…\E`, or one code point.
  mutating func parseEscape() throws(RegexError) {
    guard let letter = peek(1) else { throw .trailingBackslash }
    let assertions: [Unicode.Scalar: RegexAssertion] = [
      "A": .beginText, "z": .endText, "b": .wordBoundary, "B": .notWordBoundary,
    ]
    if let assertion = assertions[letter] {
      position += 2
      append(.assertion(assertion))
    } else if letter == "Z" {
      throw .unsupported(.endOfTextBeforeNewline, "\\Z")
    } else if letter == "Q" {
      position += 2
      while let scalar = peek(), !(scalar == "\\" && peek(1) == "E") {
        position += 1
        append(literal(scalar))
      }
      if peek() != nil { position += 2 }
    } else if let escape = try parseClassEscape() {
      // Folded before negating, as RE2 does: `(?i)\W` does not match `k`.
      let properties =
        escape.categories.isEmpty ? [] : [UnicodeProperty(categories: escape.categories, isNegated: false)]
      append(
        .characterClass(
          CharacterClass(
            ranges: escape.ranges, properties: properties, isNegated: escape.isNegated,
            foldsCase: flags.caseInsensitive)))
    } else {
      append(literal(try parseSingleEscape()))
    }
  }

  /// Reads `\d \s \w \D \S \W \p… \P…` at `position`; nil (reading nothing) for other text.
  mutating func parseClassEscape() throws(RegexError) -> ClassEscape? {
    guard peek() == "\\", let letter = peek(1) else { return nil }
    let lower = Unicode.Scalar(letter.value | 0x20) ?? letter
    let isNegated = letter != lower
    if let ranges = NamedClasses.perl(lower), letter.isASCII {
      position += 2
      return ClassEscape(ranges: ranges, isNegated: isNegated)
    }
    guard lower == "p", letter.isASCII else { return nil }
    let start = position
    position += 2
    var name: String
    if peek() == "{" {
      let nameStart = position + 1
      while let scalar = peek(), scalar != "}" { position += 1 }
      guard peek() == "}" else { throw .invalidClass(text(from: start, to: position)) }
      name = text(from: nameStart, to: position)
    } else if let single = peek() {
      name = String(single)
    } else {
      throw .invalidClass(text(from: start, to: position))
    }
    position += 1
    var escape = ClassEscape(isNegated: isNegated)
    if name.hasPrefix("^") {
      name.removeFirst()
      escape.isNegated.toggle()
    }
    if name == "Any" {
      escape.ranges = [0...CharacterClass.maxValue]
    } else if let categories = NamedClasses.categories(name) {
      escape.categories = categories
    } else if let ranges = UnicodeScripts.ranges(name) {
      escape.ranges = ranges
    } else {
      throw .invalidClass(text(from: start, to: position))
    }
    return escape
  }

  /// Reads an escape that stands for one code point: `\n`, `\x41`, `\x{263a}`, `\101`, `\.`.
  mutating func parseSingleEscape() throws(RegexError) -> Unicode.Scalar {
    let start = position
    position += 1
    guard let letter = peek() else { throw .trailingBackslash }
    position += 1
    let controls: [Unicode.Scalar: UInt32] = ["a": 7, "f": 0xC, "t": 9, "n": 0xA, "r": 0xD, "v": 0xB]
    if let value = controls[letter], let scalar = Unicode.Scalar(value) { return scalar }
    switch letter {
    case "1"..."9":
      // A lone digit is a backreference; `\12` is octal, as in RE2.
      guard letter <= "7", let next = peek(), ("0"..."7").contains(next) else {
        throw .unsupported(.backreference, text(from: start, to: position))
      }
      return try octal(from: start)
    case "0": return try octal(from: start)
    case "x": return try hex(from: start)
    case "k", "g": throw .unsupported(.backreference, text(from: start, to: position))
    default:
      // RE2 lets any ASCII punctuation be escaped to stand for itself.
      guard letter.isASCII, !CharacterClass.word.contains(letter), letter.value >= 0x20 else {
        throw .invalidEscape(text(from: start, to: position))
      }
      return letter
    }
  }

  /// The octal escape at `start`, whose first digit has been read; up to two more follow.
  private mutating func octal(from start: Int) throws(RegexError) -> Unicode.Scalar {
    var value = scalars[position - 1].value - 0x30
    for _ in 0..<2 {
      guard let next = peek(), ("0"..."7").contains(next) else { break }
      value = value * 8 + next.value - 0x30
      position += 1
    }
    guard let scalar = Unicode.Scalar(value) else { throw .invalidEscape(text(from: start, to: position)) }
    return scalar
  }

  /// `\xHH` or `\x{H…}`, after the `x`.
  private mutating func hex(from start: Int) throws(RegexError) -> Unicode.Scalar {
    let braced = peek() == "{"
    if braced { position += 1 }
    var value: UInt32 = 0
    var digits = 0
    while let scalar = peek(), let digit = Self.hexDigit(scalar), braced || digits < 2 {
      value = min(value * 16 + digit, 0x110000)
      digits += 1
      position += 1
    }
    if braced {
      guard peek() == "}" else { throw .invalidEscape(text(from: start, to: position + 1)) }
      position += 1
    }
    guard digits == 2 || (braced && digits > 0), let scalar = Unicode.Scalar(value) else {
      throw .invalidEscape(text(from: start, to: position))
    }
    return scalar
  }

  private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 0x30
    case "a"..."f": scalar.value - 0x61 + 10
    case "A"..."F": scalar.value - 0x41 + 10
    default: nil
    }
  }
}
