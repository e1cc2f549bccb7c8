/// A record whose fields are known statically, such as a snapshot section described by a schema.
///
/// Only the checker sees it: at run time an object is a plain map, so selecting a declared field
/// yields the field's type, and selecting any other field is a compile error.
public struct ObjectType: Sendable, Hashable {
  /// The name messages use, such as `task` or `contract`.
  public var name: String
  /// The declared fields and their types.
  public var fields: [String: CELType]

  /// Creates an object type.
  public init(name: String, fields: [String: CELType]) {
    self.name = name
    self.fields = fields
  }

  /// The declared field names in alphabetical order, for messages.
  var fieldNames: [String] { fields.keys.sorted() }

  /// The declared field closest to `name` by edit distance, if it is a likely misspelling.
  func closestField(to name: String) -> String? {
    Spelling.closest(to: name, among: fieldNames)
  }
}
