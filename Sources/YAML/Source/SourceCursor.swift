/// Walks the lines of an input forward, counting lines and characters the way libyaml does
/// (LF, CR, CRLF, NEL, LS and PS end a line; a CRLF counts as two characters).
struct SourceCursor {
  let bytes: [UInt8]
  /// The 0-based line the cursor is at the start of.
  private(set) var line = 0
  /// The byte offset of that line's start.
  private(set) var byteOffset = 0
  /// The character offset of that line's start.
  private(set) var charOffset = 0
  /// Whether the input is ASCII with no CR, decided on first use: then characters are bytes
  /// and only line feeds need finding.
  private var isPlain: Bool?

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Moves to the start of the 0-based line `target`; returns `false` (leaving the cursor at
  /// the last line) when the input has fewer lines. Moving backwards restarts from the top.
  mutating func move(toLine target: Int) -> Bool {
    if target < line {
      line = 0
      byteOffset = 0
      charOffset = 0
    }
    if isPlain == nil { isPlain = Self.isPlain(bytes.span) }
    return isPlain == true ? movePlain(toLine: target) : moveGeneral(toLine: target)
  }

  private mutating func movePlain(toLine target: Int) -> Bool {
    var index = byteOffset
    while line < target {
      while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
      guard index < bytes.count else { return false }
      index += 1
      byteOffset = index
      charOffset = index
      line += 1
    }
    return true
  }

  private mutating func moveGeneral(toLine target: Int) -> Bool {
    var index = byteOffset
    var continuations = 0
    let count = bytes.count
    while line < target {
      // Most bytes are ASCII and not line breaks: skip them in a tight loop.
      while index < count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte >= 0x80 { break }
        index += 1
      }
      guard index < count else { return false }
      let length = Self.breakLength(at: index, in: bytes.span)
      if length > 0 {
        // A CRLF counts two characters, every other break one.
        let breakChars = length == 2 && bytes[index] == UInt8(ascii: "\r") ? 2 : 1
        continuations += length - breakChars
        index += length
        line += 1
        charOffset += index - byteOffset - continuations
        byteOffset = index
        continuations = 0
      } else {
        if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
        index += 1
      }
    }
    return true
  }

  /// ASCII without CR; written as a reduction so that the compiler vectorises it.
  private static func isPlain(_ bytes: Span<UInt8>) -> Bool {
    var union: UInt8 = 0
    for index in bytes.indices { union |= bytes[index] }
    guard union < 0x80 else { return false }
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") { return false }
    return true
  }

  /// The number of spaces at the start of the current line.
  func leadingSpaces() -> Int {
    var index = byteOffset
    while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
    return index - byteOffset
  }

  /// The number of spaces and tabs at the start and at the end of the current line (a line of
  /// only whitespace counts it all as leading).
  func surroundingWhitespace() -> (leading: Int, trailing: Int) {
    var index = byteOffset
    while index < bytes.count && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")) {
      index += 1
    }
    let leading = index - byteOffset
    var end = index
    var trailing = 0
    while end < bytes.count && Self.breakLength(at: end, in: bytes.span) == 0 {
      trailing = bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") ? trailing + 1 : 0
      end += 1
    }
    return (leading, end == index ? 0 : trailing)
  }

  /// The number of characters on the current line, its line break left out.
  func lineLength() -> Int {
    var index = byteOffset
    var characters = 0
    while index < bytes.count && Self.breakLength(at: index, in: bytes.span) == 0 {
      if bytes[index] & 0xC0 != 0x80 { characters += 1 }
      index += 1
    }
    return characters
  }

  /// The length in bytes of the line break at `index`, or 0 when there is none.
  static func breakLength(at index: Int, in bytes: Span<UInt8>) -> Int {
    switch bytes[index] {
    case UInt8(ascii: "\n"):
      return 1
    case UInt8(ascii: "\r"):
      return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
    case 0xC2:
      return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
      return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
    default:
      return 0
    }
  }

  /// The mark of a byte offset (for libyaml's reader errors, which only give one).
  static func mark(ofByteOffset offset: Int, in bytes: [UInt8]) -> Mark {
    let bytes = bytes.span
    var line = 1
    var chars = 0
    var lineStartChars = 0
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let length = breakLength(at: index, in: bytes)
      if length > 0 {
        chars += length == 2 && bytes[index] == UInt8(ascii: "\r") ? 2 : 1
        index += length
        line += 1
        lineStartChars = chars
      } else {
        if bytes[index] & 0xC0 != 0x80 { chars += 1 }
        index += 1
      }
    }
    return Mark(line: line, column: chars - lineStartChars + 1, offset: chars)
  }
}
