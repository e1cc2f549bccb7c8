import YAML

extension Diagnostic {
  /// A diagnostic for an error reading YAML, with the related place (such as the first of two
  /// duplicate keys) as a note.
  init(yamlError error: YAMLError) {
    let location = SourceLocation(file: error.file, line: error.mark.line, column: error.mark.column)
    var notes: [Note] = []
    if let related = error.relatedMark {
      notes.append(
        Note(
          location: SourceLocation(file: error.file, line: related.line, column: related.column),
          message: error.relatedNote ?? "related place"))
    }
    self.init(at: location, error.message, notes: notes)
  }
}
