/// Parses RE2 syntax into a `RegexNode`, without recursion: each open group is a frame on a
/// stack, so nesting depth costs heap, not call stack.
///
/// RE2's grammar: alternation `|` of concatenations of atoms, each atom optionally followed
/// by one repetition operator (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each optionally lazy
/// with `?`). Flags `(?imsU-imsU)` last to the end of the group that sets them.
struct RegexParser {
  /// The flags in force at a point of the pattern.
  struct Flags: Equatable {
    var caseInsensitive = false
    var multiLine = false
    var dotMatchesNewline = false
  }

  /// What a group collects until its `)`: finished alternatives and the current sequence.
  private struct Frame {
    var alternatives: [RegexNode] = []
    var items: [RegexNode] = []
    /// The flags to restore at the group's `)`.
    var outerFlags = Flags()
  }

  let scalars: [Unicode.Scalar]
  var position = 0
  var flags = Flags()
  private var frame = Frame()
  private var openGroups: [Frame] = []
  private var groupNames: Set<String> = []
  /// Whether the last thing read is an atom a repetition operator may follow.
  private var canRepeat = false
  /// Where the last repetition operator started, while nothing else has followed it.
  private var lastRepetition: Int?

  private init(_ source: String) {
    scalars = Array(source.unicodeScalars)
  }

  /// The tree of `source`, or why it is not an RE2 pattern.
  static func parse(_ source: String) throws(RegexError) -> RegexNode {
    var parser = RegexParser(source)
    return try parser.parseAll()
  }

  private mutating func parseAll() throws(RegexError) -> RegexNode {
    while let scalar = peek() {
      let repetitionStart = position
      switch scalar {
      case "(": try openGroup()
      case ")": try closeGroup()
      case "|":
        position += 1
        frame.alternatives.append(Self.sequence(frame.items))
        frame.items = []
        canRepeat = false
        lastRepetition = nil
      case "*", "+", "?":
        position += 1
        try repeatLast(min: scalar == "+" ? 1 : 0, max: scalar == "?" ? 1 : nil, from: repetitionStart)
      case "{":
        if let (min, max) = try countedRepetition() {
          try repeatLast(min: min, max: max, from: repetitionStart)
        } else {
          position += 1
          append(literal("{"))
        }
      case "[": append(try parseClass())
      case ".":
        position += 1
        append(.characterClass(flags.dotMatchesNewline ? .anyScalar : .anyButNewline))
      case "^":
        position += 1
        append(.assertion(flags.multiLine ? .beginLine : .beginText))
      case "$":
        position += 1
        append(.assertion(flags.multiLine ? .endLine : .endText))
      case "\\": try parseEscape()
      default:
        position += 1
        append(literal(scalar))
      }
    }
    guard openGroups.isEmpty else { throw .missingParenthesis }
    return finishFrame()
  }

  // MARK: Sequence building

  /// Adds an atom to the current sequence.
  mutating func append(_ node: RegexNode) {
    frame.items.append(node)
    canRepeat = true
    lastRepetition = nil
  }

  /// The node for `scalar` as a literal under the current flags.
  func literal(_ scalar: Unicode.Scalar) -> RegexNode {
    guard flags.caseInsensitive, !CaseFolding.variants(of: scalar).isEmpty else { return .scalar(scalar) }
    return .characterClass(CharacterClass(ranges: [scalar.value...scalar.value], foldsCase: true))
  }

  private static func sequence(_ items: [RegexNode]) -> RegexNode {
    items.count == 1 ? items[0] : items.isEmpty ? .empty : .concatenation(items)
  }

  private mutating func finishFrame() -> RegexNode {
    frame.alternatives.append(Self.sequence(frame.items))
    return frame.alternatives.count == 1 ? frame.alternatives[0] : .alternation(frame.alternatives)
  }

  // MARK: Repetition

  /// Applies a repetition operator that ran from `start` to `position` to the last atom; a
  /// trailing `?` (lazy) is read and ignored, since laziness cannot change whether text matches.
  private mutating func repeatLast(min: Int, max: Int?, from start: Int) throws(RegexError) {
    if peek() == "+" && lastRepetition == nil {
      throw .unsupported(.possessiveQuantifier, text(from: start, to: position + 1))
    }
    if peek() == "?" { position += 1 }
    if let previous = lastRepetition {
      throw .badRepetitionOperator(text(from: previous, to: position))
    }
    guard canRepeat, let last = frame.items.popLast() else {
      throw .missingRepetitionArgument(text(from: start, to: position))
    }
    frame.items.append(.repetition(last, min: min, max: max))
    lastRepetition = start
  }

  /// Reads `{n}`, `{n,}` or `{n,m}` at `position`; nil (reading nothing) when the text is not
  /// one of those, in which case RE2 takes the `{` literally.
  private mutating func countedRepetition() throws(RegexError) -> (Int, Int?)? {
    let start = position
    position += 1
    guard let min = number() else {
      position = start
      return nil
    }
    var max: Int? = min
    if peek() == "," {
      position += 1
      max = peek() == "}" ? nil : number()
      if max == nil && peek() != "}" {
        position = start
        return nil
      }
    }
    guard peek() == "}" else {
      position = start
      return nil
    }
    position += 1
    let limit = RegexLimits.repetition
    if min > limit || (max ?? min) > limit || (max ?? min) < min {
      throw .invalidRepetitionSize(text(from: start, to: position))
    }
    return (min, max)
  }

  /// A decimal number at `position`, read up to a size that is already over every limit.
  private mutating func number() -> Int? {
    var value: Int?
    while let scalar = peek(), ("0"..."9").contains(scalar) {
      value = min((value ?? 0) * 10 + Int(scalar.value - 0x30), 1_000_000)
      position += 1
    }
    return value
  }

  // MARK: Groups

  private mutating func openGroup() throws(RegexError) {
    let start = position
    let outerFlags = flags
    position += 1
    lastRepetition = nil
    canRepeat = false
    if peek() == "?" {
      position += 1
      switch try parseGroupSyntax(from: start) {
      case .setFlags(let newFlags):
        flags = newFlags
        return
      case .group(let innerFlags):
        flags = innerFlags
      }
    }
    guard openGroups.count < RegexLimits.nesting else { throw .nestingTooDeep }
    openGroups.append(frame)
    frame = Frame(outerFlags: outerFlags)
  }

  private mutating func closeGroup() throws(RegexError) {
    guard let outer = openGroups.popLast() else { throw .unexpectedParenthesis }
    position += 1
    let node = finishFrame()
    flags = frame.outerFlags
    frame = outer
    append(node)
  }

  // MARK: Reading

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  func text(from start: Int, to end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start..<min(end, scalars.count)])
    return String(result)
  }

  /// Records a group name, which must be new and made of word characters.
  mutating func declareGroupName(_ name: String, text: String) throws(RegexError) {
    let allowed: Set<Unicode.GeneralCategory> = [
      .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .letterNumber, .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation,
    ]
    guard !name.isEmpty, name.unicodeScalars.allSatisfy({ allowed.contains($0.properties.generalCategory) })
    else { throw .invalidGroupName(text) }
    guard groupNames.insert(name).inserted else { throw .duplicateGroupName(name) }
  }
}
