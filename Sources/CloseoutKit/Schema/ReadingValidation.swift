import CEL
import YAML

/// A snapshot's validation against its schema while the reader builds it, which reads each value
/// where it lies in the reader's buffers instead of copying it out of a built map. It only says
/// whether the document matches; `SnapshotSchema.problems(in:)` walks a document it does not vouch
/// for, to find the problems or to settle what it could not.
///
/// It vouches only for values it saw built where they sit: a document with an anchored collection
/// (which an alias may replay elsewhere) or with a declared mapping whose keys are not all strings
/// (two keys may then share a text) is left to the walk.
struct ReadingValidation {
  /// The schema's root node; nil when there is no schema, and nothing is validated.
  private let root: ValidationNode?
  /// The same, unretained (see `NodeReference`).
  private let rootReference: NodeReference
  /// The node of each open collection, innermost last.
  private var open: [NodeReference] = []
  /// Whether a collection closed so far did not match, or could not be vouched for.
  private var failed = false
  /// Whether the root closed as a mapping that matches, with everything in it.
  private(set) var documentMatches = false

  init(root: ValidationNode?) {
    self.root = root
    rootReference = root.map(Unmanaged.passUnretained)
  }

  /// A node of `root`'s tree, which `root` keeps alive; nil where the schema declares nothing.
  /// Unretained, and used through `_withUnsafeGuaranteedRef`, because retaining and releasing a
  /// node at every collection cost more than the rest of following the schema (measured: strong
  /// references, and `unowned(unsafe)` ones, which are retained when used).
  private typealias NodeReference = Unmanaged<ValidationNode>?

  /// A collection opens as the value of `key` (whose hash is `keyHash`), as an item of a
  /// sequence (nil) or as the root.
  mutating func opening(key: String?, keyHash: UInt64) {
    guard rootReference != nil else { return }
    guard let parent = open.last else {
      // Room is made here rather than at `init`: the reader works on a copy of the builder, whose
      // first append would otherwise copy the array made for the original.
      open.reserveCapacity(16)
      open.append(rootReference)
      return
    }
    guard let parent else {
      open.append(nil)
      return
    }
    let child = parent._withUnsafeGuaranteedRef { parent -> NodeReference in
      guard let key else { return parent.items.map(Unmanaged.passUnretained) }
      for index in parent.fields.indices
      where parent.fieldHashes[index] == keyHash && Self.sameText(parent.fields[index].name, key) {
        return .passUnretained(parent.propertyNodes[index])
      }
      return nil
    }
    open.append(child)
  }

  /// The innermost open collection closes as a mapping of `entries`, before they are moved out;
  /// `keysAreStrings` says whether all its keys resolved to strings.
  mutating func closingMapping(
    _ entries: OwnedMappingEntries<Value>, keysAreStrings: Bool, info: NodeInfo
  ) {
    guard root != nil else { return }
    let node = open.removeLast()
    if info.anchor != nil { failed = true }
    guard let node, !failed else { return }
    guard keysAreStrings else {
      failed = true
      return
    }
    failed = !node._withUnsafeGuaranteedRef { Self.matches(entries, node: $0) }
    // The root itself: a mapping, which no `enum` admits.
    if open.isEmpty && !failed {
      documentMatches = node._withUnsafeGuaranteedRef { $0.admits(.map) && $0.allowedValues == nil }
    }
  }

  /// Whether the entries of a mapping match `node`.
  private static func matches(_ entries: OwnedMappingEntries<Value>, node: ValidationNode) -> Bool {
    // Snapshots list their fields in schema order, so the search goes on after the last match.
    var next = 0
    for index in node.fields.indices {
      if let position = position(
        of: node.fields[index].name, hash: node.fieldHashes[index], in: entries, from: next)
      {
        guard node.propertyNodes[index].admitsItself(entries.values[position]) else { return false }
        next = position + 1
      } else if node.requiredProperties[index] {
        return false
      }
    }
    return true
  }

  /// The innermost open collection closes as a sequence of `items`, before they are moved out.
  mutating func closingSequence(_ items: UnsafeMutableBufferPointer<Value>, info: NodeInfo) {
    guard root != nil else { return }
    let node = open.removeLast()
    if info.anchor != nil { failed = true }
    guard let node, !failed else { return }
    failed = !node._withUnsafeGuaranteedRef { node in
      guard let itemNode = node.items.map(Unmanaged.passUnretained) else { return true }
      return itemNode._withUnsafeGuaranteedRef { itemNode in
        items.indices.allSatisfy { itemNode.admitsItself(items[$0]) }
      }
    }
  }

  /// The position of the entry whose key is `name`, whose hash is `hash`: searched from `start`
  /// to the end, then from the beginning.
  private static func position(
    of name: String, hash: UInt64, in entries: OwnedMappingEntries<Value>, from start: Int
  ) -> Int? {
    let count = entries.count
    var position = start
    for _ in 0..<count {
      if position >= count { position = 0 }
      if entries.keyHashes[position] == hash && sameText(entries.keys[position].scalar.text, name) {
        return position
      }
      position += 1
    }
    return nil
  }

  /// Whether two strings have the same UTF-8, as map keys compare: a key whose text the reader
  /// took from the schema is the very same string, which answers without reading the bytes.
  private static func sameText(_ a: String, _ b: String) -> Bool {
    unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self)
      || a.utf8.elementsEqual(b.utf8)
  }
}
