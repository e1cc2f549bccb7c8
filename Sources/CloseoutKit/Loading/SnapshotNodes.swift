import CEL

/// One step of a path into a snapshot: a map's key or a list's index.
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

/// A snapshot's values in document order (depth first: a map's entries and a list's items in
/// order, the fields a default filled in included), each with its parent and where it is written:
/// walked once per snapshot where a finding points somewhere, then searched once per value it
/// points at, and each node placed by an array lookup.
///
/// Places come from the marks the reader recorded (`DocumentMarks`), matched to the values in the
/// same walk, in the order the reader closed nodes: a map or a list is at its own point; a field
/// whose value is neither (a text, a number, a null a default replaced) at its key; an item of a
/// list that is neither at the list's point. A field a schema's default filled in, and all it
/// holds, is written nowhere: its place is its map's.
struct SnapshotNodes {
  private var values: [Value] = []
  /// Where each of `values` is.
  private var nodes: [Node] = []
  /// Whether the nodes are placed: false when the snapshot has no marks or they do not match its
  /// values (a collection repeated by an alias is in the values twice but was read once).
  private(set) var isPlaced = false

  /// Where a value is in the document.
  private struct Node {
    /// The position of its parent, -1 for the root.
    var parent: Int
    /// Its position in its parent: its entry's, in a map, or its index, in a list.
    var slot: Int
    /// Where it is written.
    var point: DocumentMarks.Point?
    /// Where in the marks its key points are, for a written map.
    var keyPoints: Range<Int>?
  }

  /// The nodes of the document whose root is `root`, placed by `marks` when it has them.
  init(_ root: MapValue, marks: DocumentMarks?) {
    var placing = marks.map { Placing(marks: $0) }
    // A node for each point, and more for the fields defaults filled in: the arrays grow once or
    // not at all.
    let expected = (marks?.points.count ?? 64) * 2
    values.reserveCapacity(expected)
    nodes.reserveCapacity(expected)
    // A stack rather than recursion, so that the document's depth does not set the stack's.
    var stack: [Frame] = []
    stack.append(add(.map(root), parent: -1, slot: 0, written: true))
    while let top = stack.indices.last {
      let entry = stack[top].next
      guard entry < stack[top].count else {
        // Taken off the stack first: `placing?.close(…)` would not evaluate its argument without marks.
        let closed = stack.removeLast()
        placing?.close(closed, in: &nodes)
        continue
      }
      stack[top].next += 1
      let child: Value
      let written: Bool
      switch stack[top].value {
      case .map(let map):
        let (value, isDefault) = map.value(at: entry)
        (child, written) = (value, stack[top].written && !isDefault)
      case .list(let items):
        (child, written) = (items[entry], stack[top].written)
      default:
        continue
      }
      let frame = add(child, parent: stack[top].position, slot: entry, written: written)
      if child.isCollection { stack.append(frame) }
    }
    isPlaced = placing?.finish(&nodes) ?? false
  }

  /// Appends `value` as a node and returns its frame for the walk.
  private mutating func add(_ value: Value, parent: Int, slot: Int, written: Bool) -> Frame {
    let position = values.count
    values.append(value)
    nodes.append(Node(parent: parent, slot: slot))
    let count =
      switch value {
      case .map(let map): map.count
      case .list(let items): items.count
      default: 0
      }
    return Frame(value: value, position: position, count: count, written: written)
  }

  /// The first node in document order that equals `value` and is none of `taken`.
  func first(equalTo value: Value, excluding taken: [Int]) -> Int? {
    let kind = value.kind
    return values.indices.first { position in
      values[position].kind == kind && !taken.contains(position) && values[position].celEquals(value)
    }
  }

  /// The path from the root to the node at `position`.
  func path(to position: Int) -> [PathStep] {
    var path: [PathStep] = []
    var position = position
    while nodes[position].parent >= 0 {
      let (parent, slot) = (nodes[position].parent, nodes[position].slot)
      if case .map(let map) = values[parent] {
        // Snapshot keys are texts: the reader makes every key the text it was written as.
        if case .string(let key) = map.key(at: slot) { path.append(.key(key)) }
      } else {
        path.append(.index(slot))
      }
      position = parent
    }
    return path.reversed()
  }

  /// Where the node at `position` is written; nil when the nodes are not placed.
  func point(of position: Int) -> DocumentMarks.Point? {
    nodes[position].point
  }

  /// A map or a list being walked: the entries or items visited so far.
  private struct Frame {
    let value: Value
    let position: Int
    let count: Int
    /// Whether the document wrote it, rather than a default filling it (or what holds it) in.
    let written: Bool
    var next = 0
  }

  /// The walk through the marks: each written map or list, when the walk leaves it, takes the
  /// marks the reader recorded when it closed it, after those of what it holds.
  private struct Placing {
    let marks: DocumentMarks
    /// The next point and the next map's count of keys.
    var point = 0
    var count = 0
    /// Whether more marks were asked for than there are.
    var overran = false

    init(marks: DocumentMarks) {
      self.marks = marks
    }

    /// Takes the marks of `frame`'s node, which the walk leaves: its keys' points then its own,
    /// for a map; its own point, for a list.
    mutating func close(_ frame: Frame, in nodes: inout [Node]) {
      guard frame.written, !overran else { return }
      var own = point
      if case .map = frame.value {
        guard count < marks.entryCounts.count else { return overran = true }
        own = point + Int(marks.entryCounts[count])
        nodes[frame.position].keyPoints = point..<own
        count += 1
      }
      guard own < marks.points.count else { return overran = true }
      nodes[frame.position].point = marks.points[own]
      point = own + 1
    }

    /// Places the nodes that have no point of their own, each after its parent (a parent comes
    /// before what it holds): a written map's other fields at their keys (a default one at the
    /// map), anything else at its parent. Whether every mark was used, and no more.
    func finish(_ nodes: inout [Node]) -> Bool {
      guard !overran, point == marks.points.count, count == marks.entryCounts.count else {
        for position in nodes.indices { nodes[position].point = nil }
        return false
      }
      for position in nodes.indices.dropFirst() where nodes[position].point == nil {
        let node = nodes[position]
        if let keys = nodes[node.parent].keyPoints, node.slot < keys.count {
          nodes[position].point = marks.points[keys.lowerBound + node.slot]
        } else {
          nodes[position].point = nodes[node.parent].point
        }
      }
      return true
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
}
