/// A message with `{{ expression }}` parts, compiled once.
public struct Template: Sendable {
  /// The pieces in order.
  public var parts: [Part]
  /// Where the template is written.
  public var location: SourceLocation

  /// Literal text or an expression whose value is shown.
  public enum Part: Sendable {
    /// Text shown as written.
    case text(String)
    /// An expression whose value is shown.
    case expression(Expression)
  }
}
