/// A problem found in a rule file, a snapshot or an expression, located in its file.
public struct Diagnostic: Error, Sendable, Equatable {
  /// How serious the problem is.
  public enum Level: String, Sendable {
    case error
    case warning
    case note
  }

  /// How serious the problem is.
  public var level: Level
  /// Where it is; nil for problems with no place, such as an unreadable file.
  public var location: SourceLocation?
  /// What is wrong, in one sentence.
  public var message: String
  /// How to fix it, when that can be said.
  public var hint: String?
  /// Other places that explain the problem, such as the first of two duplicate ids.
  public var notes: [Note]
  /// For the note that stands for the errors of a file left out after the first
  /// `maxPerFile`, how many it stands for; 0 for every other diagnostic.
  public var omittedErrors = 0

  /// A related place with a short explanation.
  public struct Note: Sendable, Equatable {
    /// Where.
    public var location: SourceLocation
    /// What is there.
    public var message: String
    /// Creates a note.
    public init(location: SourceLocation, message: String) {
      self.location = location
      self.message = message
    }
  }

  /// Creates a diagnostic.
  public init(
    _ level: Level = .error, at location: SourceLocation?, _ message: String, hint: String? = nil,
    notes: [Note] = []
  ) {
    self.level = level
    self.location = location
    self.message = message
    self.hint = hint
    self.notes = notes
  }

  /// `file:line:column: error: message`, or `file: error: message` without a line.
  public var summary: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(level.rawValue): \(message)"
  }
}

/// Several diagnostics thrown together: loading reports every problem, not just the first.
public struct DiagnosticList: Error, Sendable {
  /// The diagnostics in file order.
  public var diagnostics: [Diagnostic]
  /// Creates a list.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
