import CEL
import YAML

/// Finds where the values a rule's `at:` names are written in a snapshot: each value is looked up
/// in the document (the first node equal to it that no other value of the finding took), and the
/// node's path is followed in the document read again as a tree, with marks, to its line and
/// column; words are found inside a text as the word lists find them, and placed within the scalar.
///
/// The fast reader keeps no marks, so the tree is read only for a snapshot where a finding points
/// somewhere, once, however many findings do.
struct SnapshotLocator {
  /// At most this many places per finding: a rule that points at a thousand tasks says where the
  /// first ones are.
  static let maxPlaces = 20

  private let snapshot: Snapshot
  /// The document as a tree, read at the first place asked for; nil until then, and `.none` when
  /// the snapshot has no source or it cannot be read again.
  private var tree: Node??

  /// A locator for `snapshot`'s places.
  init(_ snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  /// The places of `target` (a map, list or text of the snapshot, or a list of them, each a place)
  /// in its order; with `words`, the places where they are written inside its texts, or, when
  /// none is written as such (a rule that read through a spelling such as "id1ot"), the texts.
  mutating func places(of target: Value, words: [String]) -> [SnapshotLocation] {
    var paths: [[PathStep]] = []
    for value in Self.pointed(target) where paths.count < Self.maxPlaces {
      if let path = Self.path(of: value, in: snapshot.root, excluding: paths) { paths.append(path) }
    }
    guard !paths.isEmpty, let tree = document() else { return [] }
    let nodes = paths.map { path in (path: path, found: Self.node(at: path, in: tree)) }
    if !words.isEmpty {
      let matcher = PhraseMatcher(words)
      var places: [SnapshotLocation] = []
      for (path, (node, depth)) in nodes where depth == path.count {
        guard let text = node.scalar?.text else { continue }
        for match in matcher.occurrences(in: text) where places.count < Self.maxPlaces {
          let utf8 = text.utf8
          let start = utf8.index(utf8.startIndex, offsetBy: match.range.lowerBound)
          let end = utf8.index(utf8.startIndex, offsetBy: match.range.upperBound)
          let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
          places.append(
            SnapshotLocation(
              path: Self.describe(path), location: location(of: node.mark(ofCharacterOffset: offset)),
              word: String(text[start..<end])))
        }
      }
      if !places.isEmpty { return places }
    }
    // A field a default filled in is not written: its place is the map it would be in.
    return nodes.map { path, found in
      // A text is placed at its first character (a block scalar's content, not its `>` or `|`).
      SnapshotLocation(path: Self.describe(path), location: location(of: found.0.mark(ofCharacterOffset: 0)))
    }
  }

  /// A step of a path from the document's root.
  private enum PathStep: Equatable {
    case key(String)
    case index(Int)
  }

  /// The values that `target` points at: a list's items (and theirs), optionals unwrapped; only
  /// maps, lists, non-empty texts and timestamps, which are found by value with little doubt (a
  /// number or a Boolean could be any field that holds it).
  private static func pointed(_ target: Value) -> [Value] {
    switch target {
    case .list(let items): items.flatMap(pointed)
    case .optional(let value?): pointed(value)
    case .map, .timestamp: [target]
    case .string(let text) where !text.isEmpty: [target]
    default: []
    }
  }

  /// The path of the first node in `root` (depth first, in document order) that equals `value`
  /// and is none of `taken`.
  private static func path(of value: Value, in root: MapValue, excluding taken: [[PathStep]]) -> [PathStep]? {
    var path: [PathStep] = []
    func search(_ node: Value) -> Bool {
      if node.kind == value.kind, node.celEquals(value), !taken.contains(path) { return true }
      switch node {
      case .map(let map):
        for (key, child) in map.entries {
          guard case .string(let name) = key else { continue }
          path.append(.key(name))
          if search(child) { return true }
          path.removeLast()
        }
      case .list(let items):
        for (index, child) in items.enumerated() {
          path.append(.index(index))
          if search(child) { return true }
          path.removeLast()
        }
      default:
        break
      }
      return false
    }
    return search(.map(root)) ? path : nil
  }

  /// The node at `path` in `tree`, or the deepest node on the way that the document writes, with
  /// the number of steps taken to it.
  private static func node(at path: [PathStep], in tree: Node) -> (Node, Int) {
    var node = tree
    for (depth, step) in path.enumerated() {
      let next: Node?
      switch step {
      case .key(let key):
        // Keys became texts as written, whatever they resolved to (`1:` is "1").
        next = node.mapping?.first(where: { $0.key.scalar?.text == key })?.value
      case .index(let index):
        next = node[index]
      }
      guard let next else { return (node, depth) }
      node = next
    }
    return (node, path.count)
  }

  /// `tasks[1].title`, `messages[0]["odd key"]`: a path as JSONPath writes it, without `$`.
  private static func describe(_ path: [PathStep]) -> String {
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

  /// The document read again as a tree, once.
  private mutating func document() -> Node? {
    if let tree { return tree }
    let read = snapshot.source.flatMap { source in
      try? YAMLReader.parse(source.bytes, file: source.file, as: source.isJSON ? .json : .yaml)
    }
    tree = .some(read)
    return read
  }

  /// Where `mark` is in the snapshot's file (its stream's line, for a line of an NDJSON stream).
  private func location(of mark: Mark) -> SourceLocation {
    var location = SourceLocation(
      file: snapshot.source?.file ?? snapshot.file, line: mark.line, column: mark.column)
    location.move(toLine: snapshot.source?.firstLine ?? 1)
    return location
  }
}
