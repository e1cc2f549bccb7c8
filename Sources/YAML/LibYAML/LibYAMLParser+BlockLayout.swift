/// Source positions of block scalar lines, recorded so that `Scalar.mark(ofCharacterOffset:info:)`
/// can map offsets inside `|` and `>` scalars back to the file.
extension LibYAMLParser {
  /// Where each line of a block scalar's text starts in the source (see `BlockLayout`);
  /// `nil` when the text is blank. A folded scalar's lines are the source's, up to `endLine`
  /// (0-based, the line of its end mark), as folding joins several into one line of text.
  func blockLayout(_ text: Span<UInt8>, headerLine: Int, folded: Bool = false, endLine: Int = 0)
    -> BlockLayout?
  {
    // The first text line with content fixes the indentation: its source line's leading
    // spaces minus the spaces that remain in the text.
    var firstContentLine = 0
    var remainingSpaces = 0
    var lineCount = 1
    var found = false
    for index in text.indices {
      let byte = text[index]
      if byte == UInt8(ascii: "\n") {
        lineCount += 1
        if !found {
          firstContentLine += 1
          remainingSpaces = 0
        }
      } else if !found {
        if byte == UInt8(ascii: " ") { remainingSpaces += 1 } else { found = true }
      }
    }
    guard found else { return nil }
    if folded { lineCount = max(lineCount, endLine - headerLine) }
    var starts: [(spaces: Int, offset: Int, length: Int)] = []
    starts.reserveCapacity(lineCount)
    for line in 0..<lineCount {
      guard cursor.move(toLine: headerLine + 1 + line) else { break }
      starts.append((cursor.leadingSpaces(), cursor.charOffset, cursor.lineLength()))
    }
    guard firstContentLine < starts.count else { return nil }
    let indentation = starts[firstContentLine].spaces - remainingSpaces
    guard indentation >= 0 else { return nil }
    let lines = starts.map { start in
      let column = min(start.spaces, indentation)
      return BlockLayout.Line(
        column: column, offset: start.offset + column, length: max(0, start.length - column))
    }
    return BlockLayout(indentation: indentation, lines: lines)
  }

  /// Where each source line of a plain or quoted scalar that spans lines `mark.line` to
  /// `endMark.line` sits, for mapping offsets in its text as a folded scalar's are: the first
  /// line's content starts after the scalar's start (and its quote), the last ends before its end
  /// (and quote), and folding strips the whitespace around the others. `nil` unless the lines,
  /// joined as folding joins them, are exactly `length` characters: an escape in a quoted scalar
  /// makes the text differ from its source, and its words are then placed at its start.
  func flowLayout(from mark: Mark, to endMark: Mark, quoted: Bool, length: Int) -> BlockLayout? {
    let quote = quoted ? 1 : 0
    var lines: [BlockLayout.Line] = []
    for line in (mark.line - 1)...(endMark.line - 1) {
      guard cursor.move(toLine: line) else { return nil }
      let (leading, trailing) = cursor.surroundingWhitespace()
      let start = line == mark.line - 1 ? mark.column - 1 + quote : leading
      let end = line == endMark.line - 1 ? endMark.column - 1 - quote : cursor.lineLength() - trailing
      lines.append(
        BlockLayout.Line(column: start, offset: cursor.charOffset + start, length: max(0, end - start)))
    }
    var joined = 0
    var previousHadContent = false
    for line in lines {
      if line.length > 0 {
        joined += line.length + (previousHadContent ? 1 : 0)
        previousHadContent = true
      } else {
        joined += 1
        previousHadContent = false
      }
    }
    return joined == length ? BlockLayout(indentation: 0, lines: lines) : nil
  }
}
