/// Renders diagnostics like a compiler: `file:line:column: error: message`, the source line, a caret
/// under the column, then the hint and notes.
public struct DiagnosticRenderer: Sendable {
  /// The text of each file a diagnostic may point into, by file name as in `SourceLocation.file`.
  public var sources: [String: String]

  /// Creates a renderer that can quote lines from `sources`.
  public init(sources: [String: String] = [:]) { self.sources = sources }

  /// The diagnostic as several lines of text (without a trailing newline).
  public func render(_ diagnostic: Diagnostic) -> String {
    var lines = [diagnostic.summary]
    if let location = diagnostic.location { lines += quote(location) }
    if let hint = diagnostic.hint { lines.append("  hint: \(hint)") }
    for note in diagnostic.notes {
      lines.append("\(note.location): note: \(note.message)")
      lines += quote(note.location)
    }
    return lines.joined(separator: "\n")
  }

  /// The source line at `location` and a caret under its column; nothing when the line is unknown.
  func quote(_ location: SourceLocation) -> [String] {
    guard let text = sources[location.file], location.line >= 1 else { return [] }
    var lineNumber = 1
    var found: Substring?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if lineNumber == location.line {
        found = line
        break
      }
      lineNumber += 1
    }
    guard var line = found else { return [] }
    if line.hasSuffix("\r") { line = line.dropLast() }
    let shown = TerminalText.sanitized(String(line))
    // Keep tabs so the caret lines up with the quoted line.
    let padding = line.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
    return ["  \(shown)", "  \(padding)^"]
  }
}
