/// Limits and switches for `Parser`.
public struct ParserOptions: Sendable, Hashable {
  /// The deepest nesting accepted, counted both as nested sub-expressions while parsing and as the
  /// height of the resulting tree; deeper input fails with "expression recursion limit exceeded".
  ///
  /// The parser recurses about ten frames per level, so this bounds its stack use as well as that of
  /// every later pass that walks the tree recursively.
  public var maxDepth: Int
  /// The longest accepted expression, in Unicode scalars.
  public var maxLength: Int
  /// Whether `has`, `all`, `exists`, `exists_one`, `map`, `filter` and `cel.bind` are expanded.
  public var expandsMacros: Bool

  /// Creates options; the defaults suit rule files.
  public init(maxDepth: Int = 100, maxLength: Int = 100_000, expandsMacros: Bool = true) {
    self.maxDepth = maxDepth
    self.maxLength = maxLength
    self.expandsMacros = expandsMacros
  }
}
