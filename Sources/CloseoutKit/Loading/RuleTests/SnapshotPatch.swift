import YAML

/// One entry of a case's `patch:`: a dotted path into the snapshot and the value to put there.
///
/// `contract.status: ended` replaces or adds a key; `tasks.0.status: done` goes into a list by
/// index, and the index one past the end appends. A missing or null section on the way becomes a
/// mapping, so `handover.referral_offered: true` works on a snapshot without `handover`.
struct SnapshotPatch: Sendable {
  /// The path as written, where it is written.
  var path: Located<String>
  /// The path's keys and indices.
  var segments: [String]
  /// The value to put at the path.
  var value: Node

  /// Splits `path` at dots; nil when a part is empty.
  static func segments(of path: String) -> [String]? {
    let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    return parts.contains(where: \.isEmpty) ? nil : parts
  }

  /// `root` with the patch applied, or why it cannot be.
  func apply(to root: Node) -> Result<Node, PatchError> {
    do throws(PatchError) {
      return .success(try set(in: root, at: segments[...]))
    } catch {
      return .failure(error)
    }
  }

  /// Why a patch cannot be applied, in words.
  struct PatchError: Error {
    var message: String
  }

  private func set(in node: Node, at rest: ArraySlice<String>) throws(PatchError) -> Node {
    guard let key = rest.first else { return value }
    let walked = segments[..<rest.startIndex].joined(separator: ".")
    switch node.kind {
    case .mapping(var pairs):
      if let index = pairs.firstIndex(where: { $0.key.scalar?.text == key }) {
        pairs[index].value = try set(in: pairs[index].value, at: rest.dropFirst())
      } else {
        let keyNode = Node(kind: .scalar(Scalar(key, style: .doubleQuoted)), info: value.info)
        pairs.append(Node.Pair(key: keyNode, value: try set(in: null, at: rest.dropFirst())))
      }
      return Node(kind: .mapping(pairs), info: node.info)
    case .sequence(var items):
      guard let index = Int(key), index >= 0 else {
        throw PatchError(message: "'\(walked)' is a list, so '\(key)' must be an index such as 0")
      }
      if index < items.count {
        items[index] = try set(in: items[index], at: rest.dropFirst())
      } else if index == items.count {
        items.append(try set(in: null, at: rest.dropFirst()))
      } else {
        throw PatchError(
          message:
            "index \(index) is out of range: '\(walked)' has \(items.count) item\(items.count == 1 ? "" : "s")"
        )
      }
      return Node(kind: .sequence(items), info: node.info)
    case .scalar(let scalar):
      guard node.isNull else {
        throw PatchError(message: "'\(walked)' is the scalar '\(scalar.text)', which has no '\(key)'")
      }
      return try set(in: Node(kind: .mapping([]), info: value.info), at: rest)
    }
  }

  /// A null node placed where the patch's value is written.
  private var null: Node { Node(kind: .scalar(Scalar("null")), info: value.info) }
}
