/// Where the content lines of a block scalar, or of a plain or quoted scalar over several lines,
/// sit in the source, recorded while reading so that positions inside the scalar can be mapped
/// back to the file. A class, so that scalars carry
/// one pointer for the (rare) layout instead of its fields.
final class BlockLayout: Sendable {
  /// The start of one text line in the source.
  struct Line: Sendable {
    /// The 0-based column of the line's first content character (the indentation, or less for
    /// a blank line shorter than it).
    var column: Int
    /// The character offset of that position.
    var offset: Int
    /// The number of characters of content from there to the end of the line.
    var length: Int
  }

  /// The content indentation in spaces (0 for a plain or quoted scalar).
  let indentation: Int
  /// One entry per source line after the header: for a literal scalar, one per line of its text;
  /// for a folded one, one per line of the source, which folding joins.
  let lines: [Line]

  init(indentation: Int, lines: [Line]) {
    self.indentation = indentation
    self.lines = lines
  }
}
