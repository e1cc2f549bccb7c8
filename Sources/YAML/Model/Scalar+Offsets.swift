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
  /// - Best effort for folded (`>`) block scalars: mapped as if literal, which is exact up to
  ///   the first folded line break and drifts after it.
  /// - The scalar's start for multi-line plain and quoted scalars.
  public func mark(ofCharacterOffset offset: Int, info: NodeInfo) -> Mark {
    let scalars = Array(text.unicodeScalars)
    let target = min(max(offset, 0), scalars.count)
    switch style {
    case .literal, .folded:
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
    case .plain, .singleQuoted, .doubleQuoted:
      guard info.endMark.line == info.mark.line else { return info.mark }
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

extension Node {
  /// The source position of the character at `offset` in this scalar node's text; the node's
  /// start for collections. See `Scalar.mark(ofCharacterOffset:info:)` for exactness.
  public func mark(ofCharacterOffset offset: Int) -> Mark {
    guard let scalar else { return mark }
    return scalar.mark(ofCharacterOffset: offset, info: info)
  }
}
