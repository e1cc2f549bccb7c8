/// A place in a snapshot that a finding points at: a node (a task, a milestone, a text), or a word
/// inside a text.
public struct SnapshotLocation: Sendable, Hashable, CustomStringConvertible {
  /// Where the node is in the document, as a path from its root: `tasks[1]`, `feedback.public`,
  /// `messages[0]["odd key"]`. Stable while the document keeps its shape, unlike line numbers.
  public var path: String
  /// Where the node, or the word, is written in the snapshot file (a line of an NDJSON stream is
  /// that line of the stream).
  public var location: SourceLocation
  /// The word or phrase pointed at inside the text, as written there; nil for a whole node.
  public var word: String?

  /// Creates a location.
  public init(path: String, location: SourceLocation, word: String? = nil) {
    self.path = path
    self.location = location
    self.word = word
  }

  /// `FILE:LINE:COLUMN PATH`, and `: "WORD"` for a word: how reports that are read name a place.
  public var description: String {
    "\(location) \(path)" + (word.map { ": \"\($0)\"" } ?? "")
  }
}
