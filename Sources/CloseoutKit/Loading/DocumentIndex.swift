import CEL

/// A step of a path from a snapshot document's root: a map's key or a list's index.
enum PathStep: Hashable {
  case key(String)
  case index(Int)

  /// `tasks[1].title`, `messages[0]["odd key"]`: a path as JSONPath writes it, without `$`.
  static func describe(_ path: [PathStep]) -> String {
    var text = ""
    for step in path {
      switch step {
      case .key(let key) where key.isCELIdentifier: text += text.isEmpty ? key : "." + key
      case .key(let key): text += "[" + Value.string(key).debugText + "]"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text.isEmpty ? "$" : text
  }
}

/// Where the maps, lists and fields of a snapshot are written, from the marks the reader recorded
/// (`DocumentMarks`), without reading the document again: a node's marks are found by walking the
/// snapshot's values in the order the reader closed them, counting the marks of what closed before
/// it (integers only, no allocation), once per place asked for.
///
/// A map or a list is at its own start; a field whose value is neither (a text, a number, a
/// null a default replaced) at its key; an item of a list that is neither at the list's start.
/// A field a schema's default filled in is written nowhere: its place is its map's.
struct DocumentIndex {
  private let root: MapValue
  private let marks: DocumentMarks

  /// The index of `root` read with `marks`; nil when the marks do not match the values: a
  /// collection repeated by an alias is in the values twice but was read once.
  init?(_ root: MapValue, marks: DocumentMarks) {
    self.root = root
    self.marks = marks
    var cursor = Cursor()
    guard cursor.skip(.map(root), in: marks), cursor.point == marks.points.count,
      cursor.count == marks.entryCounts.count
    else { return nil }
  }

  /// Where the node at `path` is written, or its nearest ancestor that is written.
  func place(of path: [PathStep]) -> DocumentMarks.Point? {
    var cursor = Cursor()
    var node = Value.map(root)
    for step in path {
      switch (node, step) {
      case (.map(let map), .key(let key)):
        guard let target = (0..<map.count).first(where: { map.entry(at: $0).key.stringValue == key })
        else { return cursor.ownPoint(of: node, in: marks) }
        for position in 0..<target {
          guard cursor.skipWritten(map.entry(at: position), in: marks) else { return nil }
        }
        let entry = map.entry(at: target)
        if !entry.isDefault && entry.value.isCollection {
          node = entry.value
          continue
        }
        // A scalar field, or one a default filled in: at its key when written, else at its map.
        for position in (target + 1)..<map.count {
          guard cursor.skipWritten(map.entry(at: position), in: marks) else { return nil }
        }
        guard cursor.count < marks.entryCounts.count else { return nil }
        let written = Int(marks.entryCounts[cursor.count])
        let index = target < written ? cursor.point + target : cursor.point + written
        return index < marks.points.count ? marks.points[index] : nil
      case (.list(let items), .index(let position)) where items.indices.contains(position):
        for item in items[..<position] where item.isCollection {
          guard cursor.skip(item, in: marks) else { return nil }
        }
        if items[position].isCollection {
          node = items[position]
          continue
        }
        return cursor.ownPoint(of: node, in: marks)
      default:
        return cursor.ownPoint(of: node, in: marks)
      }
    }
    return cursor.ownPoint(of: node, in: marks)
  }

  /// How far the walk is in the marks: the next point and the next map's count of keys.
  private struct Cursor {
    var point = 0
    var count = 0

    /// Moves past the marks of `value` and of what it holds, as the reader recorded them when it
    /// closed them; false when the marks run out.
    mutating func skip(_ value: Value, in marks: DocumentMarks) -> Bool {
      switch value {
      case .map(let map):
        for position in 0..<map.count {
          guard skipWritten(map.entry(at: position), in: marks) else { return false }
        }
        guard count < marks.entryCounts.count else { return false }
        point += Int(marks.entryCounts[count]) + 1
        count += 1
      case .list(let items):
        for item in items where item.isCollection {
          guard skip(item, in: marks) else { return false }
        }
        point += 1
      default:
        return true
      }
      return point <= marks.points.count
    }

    /// Moves past the marks of a map's entry when the document wrote it and it is a collection
    /// (a field a default filled in, or a scalar, has no marks of its own).
    mutating func skipWritten(_ entry: (key: Value, value: Value, isDefault: Bool), in marks: DocumentMarks)
      -> Bool
    {
      entry.isDefault || !entry.value.isCollection || skip(entry.value, in: marks)
    }

    /// The point of `node`, a map or a list whose marks start at this cursor: after those of what
    /// it holds.
    func ownPoint(of node: Value, in marks: DocumentMarks) -> DocumentMarks.Point? {
      var cursor = self
      guard cursor.skip(node, in: marks), cursor.point >= 1 else { return nil }
      return marks.points[cursor.point - 1]
    }
  }
}

extension Value {
  /// Whether the value is a map or a list, which the reader records a place of its own for.
  fileprivate var isCollection: Bool {
    switch self {
    case .map, .list: true
    default: false
    }
  }

  /// The text of a string, else nil.
  fileprivate var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}
