/// Mapping a character offset inside a scalar's text back to the source, so that errors in
/// expressions written in scalars point into the file.
extension Scalar {
  /// The source position of the character at `offset` in `text` (clamped to `0...count`),
  /// given the node's `info`. Offsets count Unicode scalars, as marks do.
  ///
  /// - Exact for single-line plain and single-quoted scalars (a `''` escape counts two source
  ///   characters), computed back from the end mark so tags and anchors before the scalar do
  ///   not matter.
  /// - Exact for single-line double-quoted scalars whose only escapes are `\"` and `\\`; when
  ///   other escapes (`\t`, `\u00e9`, ...) make the source longer than that, the scalar's
  ///   start.
  /// - Exact for literal (`|`) block scalars read from a source: line = the header's line + 1
  ///   + the line breaks before the offset, column = indentation + column in that line.
  /// - Exact for folded (`>`) block scalars read from a source, line by line: a source line's
  ///   content is the text up to the line break that folding turned into a space (or kept, next
  ///   to an empty or more-indented line); a character that folding made maps to the end of the
  ///   line before it.
  /// - Exact for multi-line plain and quoted scalars read from a source, line by line, as folded
  ///   scalars are, when the text is the source's lines joined as folding joins them (no escapes
  ///   in a quoted scalar, no tag or anchor); else the scalar's start.
  public func mark(ofCharacterOffset offset: Int, info: NodeInfo) -> Mark {
    let scalars = Array(text.unicodeScalars)
    let target = min(max(offset, 0), scalars.count)
    switch style {
    case .literal:
      guard let layout else { return info.mark }
      var line = 0
      var lineStart = 0
      for index in 0..<target where scalars[index] == "\n" {
        line += 1
        lineStart = index + 1
      }
      guard line < layout.lines.count else { return info.mark }
      let start = layout.lines[line]
      let column = target - lineStart
      return Mark(
        line: info.mark.line + 1 + line, column: start.column + 1 + column, offset: start.offset + column)
    case .folded:
      guard let layout else { return info.mark }
      return Self.mark(ofFoldedOffset: target, layout: layout, firstLine: info.mark.line + 1, info: info)
    case .plain, .singleQuoted, .doubleQuoted:
      guard info.endMark.line == info.mark.line else {
        // Lines folded into one text, as a folded block's are, from its first line on.
        guard let layout else { return info.mark }
        return Self.mark(ofFoldedOffset: target, layout: layout, firstLine: info.mark.line, info: info)
      }
      let escaped: (Unicode.Scalar) -> Bool =
        switch style {
        case .singleQuoted: { $0 == "'" }
        case .doubleQuoted: { $0 == "\"" || $0 == "\\" }
        default: { _ in false }
        }
      let quote = style == .plain ? 0 : 1
      if style == .doubleQuoted && info.tag == nil && info.anchor == nil {
        let length = scalars.count + 2 + scalars.lazy.filter(escaped).count
        guard info.endMark.offset - info.mark.offset == length else { return info.mark }
      }
      let back = scalars.count - target + scalars[target...].lazy.filter(escaped).count + quote
      return Mark(
        line: info.endMark.line, column: info.endMark.column - back, offset: info.endMark.offset - back)
    }
  }
}

extension Scalar {
  /// The source position of text offset `target` in a folded scalar, found by walking its source
  /// lines as folding joined them: each line's content is its length of text; between two lines
  /// with content, the break became one character (a space, or a line feed beside a more-indented
  /// line); an empty line became a line feed of its own, and the break before it vanished.
  fileprivate static func mark(
    ofFoldedOffset target: Int, layout: BlockLayout, firstLine: Int, info: NodeInfo
  )
    -> Mark
  {
    func mark(_ index: Int, _ column: Int) -> Mark {
      let line = layout.lines[index]
      return Mark(
        line: firstLine + index, column: line.column + 1 + column, offset: line.offset + column)
    }
    var position = 0
    // The last line with content so far, where a character that folding made is placed.
    var lastContent: Int?
    var previousHadContent = false
    for (index, line) in layout.lines.enumerated() {
      if line.length > 0 {
        if previousHadContent, let last = lastContent {
          if target == position { return mark(last, layout.lines[last].length) }
          position += 1
        }
        if target < position + line.length { return mark(index, target - position) }
        position += line.length
        lastContent = index
        previousHadContent = true
      } else {
        if target == position { return mark(index, 0) }
        position += 1
        previousHadContent = false
      }
    }
    guard let last = lastContent else { return info.mark }
    return mark(last, layout.lines[last].length)
  }
}

extension Node {
  /// The source position of the character at `offset` in this scalar node's text; the node's
  /// start for collections. See `Scalar.mark(ofCharacterOffset:info:)` for exactness.
  public func mark(ofCharacterOffset offset: Int) -> Mark {
    guard let scalar else { return mark }
    return scalar.mark(ofCharacterOffset: offset, info: info)
  }
}
