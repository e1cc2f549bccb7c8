/// A 1-based line and column within an expression's `Source`, columns counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The line, starting at 1.
  public let line: Int
  /// The column, starting at 1, in Unicode scalars.
  public let column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, the form diagnostics print.
  public var description: String { "\(line):\(column)" }
}
