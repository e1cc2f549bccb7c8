extension LintReport {
  /// Compiler-style text: each diagnostic with its source line, caret, hint and notes, then a
  /// summary line.
  public func text() -> String {
    let renderer = DiagnosticRenderer(sources: sources)
    var blocks = renderer.render(diagnostics)
    // The errors left out after the first ones of a file count too.
    let errors =
      diagnostics.filter { $0.level == .error }.count + diagnostics.reduce(0) { $0 + $1.omittedErrors }
    let warnings = diagnostics.filter { $0.level == .warning }.count
    blocks.append(
      errors + warnings == 0
        ? "no problems found"
        : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    return blocks.joined(separator: "\n") + "\n"
  }

  /// `{"version": 1, "diagnostics": [{"file", "line", "column", "severity", "message", "hint",
  /// "notes"}]}`; places without a line have `null` line and column.
  public func json() -> String {
    JSONValue.object([
      ("version", .int(1)),
      ("diagnostics", .array(diagnostics.map(Self.json))),
    ]).rendered() + "\n"
  }

  private static func json(_ diagnostic: Diagnostic) -> JSONValue {
    .object(
      place(diagnostic.location) + [
        ("severity", .string(diagnostic.level.rawValue)),
        ("message", .string(diagnostic.message)),
        ("hint", .optional(diagnostic.hint)),
        (
          "notes",
          .array(diagnostic.notes.map { .object(place($0.location) + [("message", .string($0.message))]) })
        ),
      ])
  }

  private static func place(_ location: SourceLocation?) -> [(String, JSONValue)] {
    [
      ("file", .optional(location?.file)),
      ("line", location.map { .int($0.line) } ?? .null),
      ("column", location.map { .int($0.column) } ?? .null),
    ]
  }
}
