/// Compiler-style rendering: the location line, the source line, a caret under the column.
extension YAMLError {
  /// Renders the error as `file:line:column: error: message`, followed (when `source` is given)
  /// by the offending line and a caret under the column; a related mark adds a `note:` in the
  /// same form. Tabs before the column are kept in the caret line so the caret aligns.
  public func rendered(source: String?) -> String {
    var lines = ["\(file):\(mark.line):\(mark.column): error: \(message)"]
    if let source { lines += Self.snippet(source, at: mark) }
    if let relatedMark, let relatedNote {
      lines.append("\(file):\(relatedMark.line):\(relatedMark.column): note: \(relatedNote)")
      if let source { lines += Self.snippet(source, at: relatedMark) }
    }
    return lines.joined(separator: "\n")
  }

  /// The source line at `mark` and a caret line, or nothing when the line does not exist.
  static func snippet(_ source: String, at mark: Mark) -> [String] {
    guard let line = Self.line(mark.line, of: source) else { return [] }
    var caret = ""
    var column = 1
    for scalar in line.unicodeScalars {
      guard column < mark.column else { break }
      caret += scalar == "\t" ? "\t" : " "
      column += 1
    }
    if column < mark.column { caret += String(repeating: " ", count: mark.column - column) }
    return [line, caret + "^"]
  }

  /// The 1-based line `number` of `source`, splitting where libyaml does (LF, CRLF, CR, NEL,
  /// LS, PS) and ignoring a leading byte-order mark.
  static func line(_ number: Int, of source: String) -> String? {
    guard number >= 1 else { return nil }
    var scalars = Substring(source).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var current = 1
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard Self.isBreak(scalar) else {
        scalars.formIndex(after: &index)
        continue
      }
      if current == number { return String(scalars[start..<index]) }
      scalars.formIndex(after: &index)
      if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { scalars.formIndex(after: &index) }
      current += 1
      start = index
    }
    return current == number ? String(scalars[start..<index]) : nil
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
    default: false
    }
  }
}
