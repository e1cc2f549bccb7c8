import CEL
import YAML

/// Finds where the values a rule's `at:` names are written in a snapshot: each value is looked up
/// in the document (the first node equal to it that no other value of the finding took), and its
/// node is placed by the marks the reader recorded (`SnapshotNodes`); words are found inside a
/// text as the word lists find them, and placed within the scalar, in the document read again as
/// a tree (scalars' own marks and styles are not recorded on the fast path).
///
/// The index is built, and the tree read, only for a snapshot where a finding points somewhere
/// (at words, for the tree), once, however many findings do.
struct SnapshotLocator {
  /// At most this many places per finding: a rule that points at a thousand tasks says where the
  /// first ones are.
  static let maxPlaces = 20

  private let snapshot: Snapshot
  /// The snapshot's values in document order, walked at the first place asked for.
  private var nodes: SnapshotNodes?
  /// The document as a tree, read at the first word asked for; `.none` when the snapshot has no
  /// source or it cannot be read again.
  private var tree: Node??

  /// A locator for `snapshot`'s places.
  init(_ snapshot: Snapshot) {
    self.snapshot = snapshot
  }

  /// The places of `target` (a map, list or text of the snapshot, or a list of them, each a place)
  /// in its order; with `words`, the places where they are written inside its texts, or, when
  /// none is written as such (a rule that read through a spelling such as "id1ot"), the texts.
  mutating func places(of target: Value, words: [String]) -> [SnapshotLocation] {
    let nodes = self.nodes ?? SnapshotNodes(snapshot.root, marks: snapshot.source?.marks)
    self.nodes = nodes
    var taken: [Int] = []
    var found: [(position: Int, path: [PathStep], value: Value)] = []
    for value in Self.pointed(target) where found.count < Self.maxPlaces {
      if let position = nodes.first(equalTo: value, excluding: taken) {
        taken.append(position)
        found.append((position, nodes.path(to: position), value))
      }
    }
    guard !found.isEmpty else { return [] }
    if !words.isEmpty {
      let places = wordPlaces(PhraseMatcher(words), in: found, of: nodes)
      if !places.isEmpty { return places }
    }
    // A field a default filled in is not written: its place is the map it would be in.
    if nodes.isPlaced {
      return found.compactMap { found in
        nodes.point(of: found.position).map { point in
          SnapshotLocation(
            path: PathStep.describe(found.path),
            location: location(line: Int(point.line), column: Int(point.column)))
        }
      }
    }
    // A document whose marks cannot be matched (an alias repeats a map) is read again as a tree.
    guard let tree = document() else { return [] }
    return found.map(\.path).map { path in
      let mark = Self.deepestNode(at: path, in: tree).mark
      return SnapshotLocation(
        path: PathStep.describe(path), location: location(line: mark.line, column: mark.column))
    }
  }

  /// Each place where one of `matcher`'s words is written in the texts `found` at their paths.
  /// Only a text that has one is looked for in the source: in the lines that hold it, read alone
  /// (from its key's place, while lines are indented deeper than the key), else in the whole
  /// document read again as a tree.
  private mutating func wordPlaces(
    _ matcher: PhraseMatcher, in found: [(position: Int, path: [PathStep], value: Value)],
    of nodes: SnapshotNodes
  ) -> [SnapshotLocation] {
    var places: [SnapshotLocation] = []
    for (position, path, value) in found where places.count < Self.maxPlaces {
      guard case .string(let text) = value else { continue }
      let matches = matcher.occurrences(in: text)
      guard !matches.isEmpty,
        let node = textNode(at: path, placedAt: nodes.point(of: position), holding: text)
      else { continue }
      for match in matches where places.count < Self.maxPlaces {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: match.range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: match.range.upperBound)
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
        let mark = node.mark(ofCharacterOffset: offset)
        places.append(
          SnapshotLocation(
            path: PathStep.describe(path), location: location(line: mark.line, column: mark.column),
            word: String(text[start..<end])))
      }
    }
    return places
  }

  /// The scalar node of `text` at `path`, with its marks: read alone from where its key is
  /// (`point`), the lines that hold the field in YAML (`YAMLReader.entry`), the member in JSON
  /// (`YAMLReader.jsonStringMember`); else from the whole document.
  private mutating func textNode(
    at path: [PathStep], placedAt point: DocumentMarks.Point?, holding text: String
  )
    -> Node?
  {
    if let source = snapshot.source, case .key(let key)? = path.last, let point {
      let line = Int(point.line)
      let column = Int(point.column)
      // Strict JSON counts lines at line feeds and carriage returns only (U+2028 is a character
      // there, a line break to YAML), so its fields are not read again as YAML.
      let node =
        source.isJSON
        ? YAMLReader.jsonStringMember(source.bytes, keyAt: line, column: column)
        : YAMLReader.entry(source.bytes, file: source.file, keyAt: line, column: column)?.mapping?
          .first(where: { $0.key.scalar?.text == key })?.value
      if let node, node.scalar?.text == text { return node }
    }
    guard let tree = document(), let node = Self.node(at: path, in: tree), node.scalar?.text == text else {
      return nil
    }
    return node
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

  /// The node at `path` in `tree`, or nil when the document does not write it.
  private static func node(at path: [PathStep], in tree: Node) -> Node? {
    let (node, depth) = walk(path, in: tree)
    return depth == path.count ? node : nil
  }

  /// The node at `path` in `tree`, or the deepest node on the way that the document writes.
  private static func deepestNode(at path: [PathStep], in tree: Node) -> Node {
    walk(path, in: tree).node
  }

  /// How far `path` goes in `tree`: the node reached and the number of steps taken.
  private static func walk(_ path: [PathStep], in tree: Node) -> (node: Node, depth: Int) {
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

  /// The document read again as a tree, once.
  private mutating func document() -> Node? {
    if let tree { return tree }
    let read = snapshot.source.flatMap { source in
      try? YAMLReader.parse(source.bytes, file: source.file, as: source.isJSON ? .json : .yaml)
    }
    tree = .some(read)
    return read
  }

  /// Where line `line`, column `column` of the document is in the snapshot's file (its stream's
  /// line, for a line of an NDJSON stream).
  private func location(line: Int, column: Int) -> SourceLocation {
    var location = SourceLocation(file: snapshot.source?.file ?? snapshot.file, line: line, column: column)
    location.move(toLine: snapshot.source?.firstLine ?? 1)
    return location
  }
}
