/// The classes a pattern names: Perl's `\d \s \w`, POSIX's `[:alpha:]` and Unicode's `\pL`.
/// Perl and POSIX classes are ASCII-only, as in RE2.
enum NamedClasses {
  /// The ranges of `\d`, `\s` or `\w` (by the lowercase letter).
  static func perl(_ letter: Unicode.Scalar) -> [ClosedRange<UInt32>]? {
    switch letter {
    case "d": [0x30...0x39]
    case "s": [0x09...0x0A, 0x0C...0x0D, 0x20...0x20]
    case "w": [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    default: nil
    }
  }

  /// The ranges of a POSIX class such as `alpha`.
  static func posix(_ name: String) -> [ClosedRange<UInt32>]? {
    switch name {
    case "alnum": [0x30...0x39, 0x41...0x5A, 0x61...0x7A]
    case "alpha": [0x41...0x5A, 0x61...0x7A]
    case "ascii": [0x00...0x7F]
    case "blank": [0x09...0x09, 0x20...0x20]
    case "cntrl": [0x00...0x1F, 0x7F...0x7F]
    case "digit": [0x30...0x39]
    case "graph": [0x21...0x7E]
    case "lower": [0x61...0x7A]
    case "print": [0x20...0x7E]
    case "punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]
    case "space": [0x09...0x0D, 0x20...0x20]
    case "upper": [0x41...0x5A]
    case "word": perl("w")
    case "xdigit": [0x30...0x39, 0x41...0x46, 0x61...0x66]
    default: nil
    }
  }

  /// The general categories of a Unicode class name such as `L`, `Lu` or `Nd`.
  static func categories(_ name: String) -> [Unicode.GeneralCategory]? {
    if name.count == 1 {
      let group = unicodeCategories.filter { $0.key.hasPrefix(name) }.map(\.value)
      return group.isEmpty ? nil : group
    }
    return unicodeCategories[name].map { [$0] }
  }

  private static let unicodeCategories: [String: Unicode.GeneralCategory] = [
    "Lu": .uppercaseLetter, "Ll": .lowercaseLetter, "Lt": .titlecaseLetter, "Lm": .modifierLetter,
    "Lo": .otherLetter, "Mn": .nonspacingMark, "Mc": .spacingMark, "Me": .enclosingMark,
    "Nd": .decimalNumber, "Nl": .letterNumber, "No": .otherNumber, "Pc": .connectorPunctuation,
    "Pd": .dashPunctuation, "Ps": .openPunctuation, "Pe": .closePunctuation,
    "Pi": .initialPunctuation, "Pf": .finalPunctuation, "Po": .otherPunctuation, "Sm": .mathSymbol,
    "Sc": .currencySymbol, "Sk": .modifierSymbol, "So": .otherSymbol, "Zs": .spaceSeparator,
    "Zl": .lineSeparator, "Zp": .paragraphSeparator, "Cc": .control, "Cf": .format,
    "Co": .privateUse, "Cs": .surrogate,
  ]
}

extension CharacterClass {
  /// `\w`, which also decides `\b`.
  static let word = CharacterClass(ranges: NamedClasses.perl("w") ?? [])
}

extension CharacterClass {
  /// `.` under `(?s)`.
  static let anyScalar = CharacterClass(ranges: [0...maxValue])
  /// `.`: every code point but `\n`.
  static let anyButNewline = CharacterClass(ranges: [0...0x09, 0x0B...maxValue])
}
