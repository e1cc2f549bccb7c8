import YAML

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
    var lines: [String: SourceLines] = [:]
    return render(diagnostic, lines: &lines)
  }

  /// Each of `diagnostics` rendered as by `render(_:)`; each file they quote is split into lines
  /// once, so a file with many diagnostics is not scanned again for each.
  public func render(_ diagnostics: [Diagnostic]) -> [String] {
    var lines: [String: SourceLines] = [:]
    return diagnostics.map { render($0, lines: &lines) }
  }

  private func render(_ diagnostic: Diagnostic, lines: inout [String: SourceLines]) -> String {
    var rendered = [TerminalText.sanitized(diagnostic.summary)]
    if let location = diagnostic.location { rendered += quote(location, lines: &lines) }
    if let hint = diagnostic.hint { rendered.append(TerminalText.sanitized("  hint: \(hint)")) }
    for note in diagnostic.notes {
      rendered.append(TerminalText.sanitized("\(note.location): note: \(note.message)"))
      rendered += quote(note.location, lines: &lines)
    }
    return rendered.joined(separator: "\n")
  }

  /// The source line at `location` and a caret under its column, control characters escaped and
  /// a long line cut around the column (see `SourceLines.quote`); nothing when the line is unknown.
  private func quote(_ location: SourceLocation, lines: inout [String: SourceLines]) -> [String] {
    guard let source = lines[location.file] ?? sources[location.file].map(SourceLines.init) else { return [] }
    lines[location.file] = source
    guard
      let quote = source.quote(line: location.line, column: location.column, escaping: TerminalText.escaped)
    else { return [] }
    return ["  \(quote.line)", "  \(quote.caret)"]
  }
}
