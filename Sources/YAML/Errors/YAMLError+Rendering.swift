/// Compiler-style rendering: the location line, the source line, a caret under the column.
extension YAMLError {
  /// Renders the error as `file:line:column: error: message`, followed (when `source` is given)
  /// by the offending line and a caret under the column; a related mark adds a `note:` in the
  /// same form. Tabs before the column are kept in the caret line so the caret aligns; a long line
  /// is cut to a window around the column (see `SourceLines.quote`).
  public func rendered(source: String?) -> String {
    let lines = source.map(SourceLines.init)
    var rendered = ["\(file):\(mark.line):\(mark.column): error: \(message)"]
    if let lines { rendered += Self.snippet(lines, at: mark) }
    if let relatedMark, let relatedNote {
      rendered.append("\(file):\(relatedMark.line):\(relatedMark.column): note: \(relatedNote)")
      if let lines { rendered += Self.snippet(lines, at: relatedMark) }
    }
    return rendered.joined(separator: "\n")
  }

  /// The source line at `mark` and a caret line, or nothing when the line does not exist.
  static func snippet(_ lines: SourceLines, at mark: Mark) -> [String] {
    guard let quote = lines.quote(line: mark.line, column: mark.column) else { return [] }
    return [quote.line, quote.caret]
  }
}
