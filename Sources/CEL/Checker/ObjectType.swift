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
    let limit = max(1, min(3, name.count / 3))
    var best: (field: String, distance: Int)?
    for field in fieldNames {
      let distance = Self.editDistance(Array(name.lowercased()), Array(field.lowercased()))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (field, distance) }
    }
    return best?.field
  }

  /// Levenshtein distance with adjacent transpositions counted as one edit.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
