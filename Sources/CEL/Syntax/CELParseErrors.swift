/// Every syntax error found in one expression, ordered by offset; never empty when thrown.
public struct CELParseErrors: Error, Sendable, Equatable, CustomStringConvertible {
  /// The errors, sorted by offset, the first one being the most precise.
  public let errors: [CELSyntaxError]

  /// Creates the error list.
  public init(_ errors: [CELSyntaxError]) {
    self.errors = errors
  }

  /// The messages joined with `; `, each prefixed by its offset.
  public var description: String {
    errors.map(\.description).joined(separator: "; ")
  }
}
