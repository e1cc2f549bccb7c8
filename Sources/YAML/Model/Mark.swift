/// A position in a source file: 1-based line and column, 0-based character offset.
///
/// Columns and offsets count Unicode scalars ("characters" in libyaml's sense), so a tab or an `é`
/// counts as one. A leading UTF-8 byte-order mark is not counted.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
  // 32-bit storage keeps marks (two per node) small enough to copy cheaply; inputs are far
  // below 2^31 characters (`Limits.maxBytes`), and larger values are clamped.
  @usableFromInline var storedLine: Int32
  @usableFromInline var storedColumn: Int32
  @usableFromInline var storedOffset: Int32

  /// Creates a mark from a 1-based line and column and a 0-based character offset.
  @inlinable
  public init(line: Int, column: Int, offset: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    storedOffset = Int32(clamping: offset)
  }

  /// Creates a mark from libyaml-style values without clamping; the reader's inputs are
  /// bounded well below 2^31 characters.
  @inlinable
  init(uncheckedLine line: Int, column: Int, offset: Int) {
    storedLine = Int32(truncatingIfNeeded: line)
    storedColumn = Int32(truncatingIfNeeded: column)
    storedOffset = Int32(truncatingIfNeeded: offset)
  }

  /// The 1-based line number.
  @inlinable
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  /// The 1-based column, counted in characters.
  @inlinable
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  /// The 0-based character offset from the start of the input.
  @inlinable
  public var offset: Int {
    get { Int(storedOffset) }
    set { storedOffset = Int32(clamping: newValue) }
  }

  /// The first character of a file.
  public static let start = Mark(line: 1, column: 1, offset: 0)

  /// Orders marks by their position in the input.
  public static func < (lhs: Mark, rhs: Mark) -> Bool {
    lhs.storedOffset < rhs.storedOffset
  }

  /// `line:column`, as printed in diagnostics.
  public var description: String {
    "\(line):\(column)"
  }
}
