/// A place in a file: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path as the user named it (or `rules/NAME.yaml` for the built-in rules).
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// Moves a place found in a text that is line `number` of its file (a line of an NDJSON
  /// stream, read on its own) to where it stands in the file.
  mutating func move(toLine number: Int) {
    line += number - 1
  }

  /// `file:line:column`, as compilers print it.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}
