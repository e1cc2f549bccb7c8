import YAML

/// A string scalar from a YAML file that holds an expression or a template, able to map an offset
/// inside its text back to a line and column in the file.
struct ExpressionScalar: Sendable {
  /// The scalar's text.
  var text: String
  /// The file the scalar is in.
  var file: String
  /// The scalar's node, whose style and marks locate offsets.
  var node: Node

  /// Where the scalar starts.
  var location: SourceLocation { location(atOffset: 0) }

  /// The file location of the character at `offset` (in Unicode scalars) of `text`.
  func location(atOffset offset: Int) -> SourceLocation {
    let mark = node.scalar?.mark(ofCharacterOffset: offset, info: node.info) ?? node.mark
    return SourceLocation(file: file, line: mark.line, column: mark.column)
  }
}
