/// An error reading YAML or JSON, located in its file.
///
/// Every message is built in `YAMLError+Messages.swift`; `rendered(source:)` prints it like a
/// compiler diagnostic.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, for callers that react to some errors differently.
  public enum Kind: Sendable, Hashable {
    /// libyaml rejected the input (its problem and context make up the message).
    case syntax
    /// The input is not valid UTF-8.
    case invalidUTF8
    /// A mapping has the same key twice.
    case duplicateKey
    /// A mapping key is a sequence or a mapping.
    case complexKey
    /// An alias names no anchor defined (and complete) before it.
    case undefinedAlias
    /// Aliases expand to too many nodes.
    case aliasLimit
    /// Collections are nested too deeply.
    case depthLimit
    /// The input has too many bytes.
    case sizeLimit
    /// An explicit tag is unsupported or its value is invalid for it.
    case badTag
    /// The input holds more than one document.
    case multipleDocuments
    /// A `YAMLTreeBuilder` rejected a node.
    case builder
  }

  /// What went wrong.
  public var kind: Kind
  /// The file the input came from, as given to the reader.
  public var file: String
  /// Where the problem is.
  public var mark: Mark
  /// The one-line description, without position.
  public var message: String
  /// A second place that explains the error, such as the first occurrence of a duplicate key.
  public var relatedMark: Mark?
  /// What happened at `relatedMark`.
  public var relatedNote: String?

  /// Creates an error; reader errors are made by the factories in `YAMLError+Messages.swift`,
  /// this initialiser is for tree builders.
  public init(
    kind: Kind, file: String, mark: Mark, message: String, relatedMark: Mark? = nil,
    relatedNote: String? = nil
  ) {
    self.kind = kind
    self.file = file
    self.mark = mark
    self.message = message
    self.relatedMark = relatedMark
    self.relatedNote = relatedNote
  }

  /// `file:line:column: error: message`, without source lines.
  public var description: String {
    rendered(source: nil)
  }
}
