/// One problem found while reading a CEL expression, located by scalar offset into its `Source`.
public struct CELSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Offset in Unicode scalars of the offending token (the source length for "end of expression").
  public let offset: Int
  /// A readable, single-line message such as `unexpected ')'`.
  public let message: String

  /// Creates an error.
  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }

  /// `offset N: message`.
  public var description: String { "offset \(offset): \(message)" }
}
