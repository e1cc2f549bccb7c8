/// Renders diagnostics like a compiler: `file:line:column: error: message`, the source line, a caret
/// under the column, then the hint and notes.
public struct DiagnosticRenderer: Sendable {
  /// The text of each file a diagnostic may point into, by file name as in `SourceLocation.file`.
  public var sources: [String: String]

  /// Creates a renderer that can quote lines from `sources`.
  public init(sources: [String: String] = [:]) { self.sources = sources }

  /// The diagnostic as several lines of text (without a trailing newline). Messages may quote a
  /// snapshot's text or a file's name, so control characters in them are escaped like those in
  /// quoted lines.
  public func render(_ diagnostic: Diagnostic) -> String {
    var lines = [TerminalText.sanitized(diagnostic.summary)]
    if let location = diagnostic.location { lines += quote(location) }
    if let hint = diagnostic.hint { lines.append(TerminalText.sanitized("  hint: \(hint)")) }
    for note in diagnostic.notes {
      lines.append(TerminalText.sanitized("\(note.location): note: \(note.message)"))
      lines += quote(note.location)
    }
    return lines.joined(separator: "\n")
  }

  /// The source line at `location` and a caret under its column; nothing when the line is unknown.
  func quote(_ location: SourceLocation) -> [String] {
    guard let text = sources[location.file], var line = Self.line(location.line, of: text) else { return [] }
    if line.hasSuffix("\r") { line = line.dropLast() }
    let shown = TerminalText.sanitized(String(line))
    // Keep tabs so the caret lines up with the quoted line.
    var padding = ""
    for character in line.prefix(max(0, location.column - 1)) {
      padding.append(character == "\t" ? "\t" : " ")
    }
    return ["  \(shown)", "  \(padding)^"]
  }

  /// Line `number` (from 1) of `text`, found on its bytes rather than its characters.
  ///
  /// Lines end as libyaml counts them: at a line feed, at a carriage return followed by a line
  /// feed (one break, whose carriage return `quote` drops), and at a carriage return alone.
  private static func line(_ number: Int, of text: String) -> Substring? {
    guard number >= 1 else { return nil }
    let bytes = text.utf8
    var lineNumber = 1
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      let next = bytes.index(after: index)
      let endsLine =
        byte == UInt8(ascii: "\n")
        || (byte == UInt8(ascii: "\r") && (next == bytes.endIndex || bytes[next] != UInt8(ascii: "\n")))
      if endsLine {
        if lineNumber == number { return text[start..<index] }
        lineNumber += 1
        start = next
      }
      index = next
    }
    return lineNumber == number ? text[start...] : nil
  }
}
