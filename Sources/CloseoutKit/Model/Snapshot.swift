import CEL

/// One contract snapshot, read and validated, ready to be checked.
public struct Snapshot: Sendable {
  /// The file it was read from (`-` for standard input).
  public var file: String
  /// The document as a CEL map.
  public var root: MapValue

  /// Creates a snapshot from its document.
  public init(file: String, root: MapValue) {
    self.file = file
    self.root = root
  }

  /// The contract's id, when the snapshot has one.
  public var contractID: String? {
    if case .map(let contract)? = root["contract"], case .string(let id)? = contract["id"] { return id }
    return nil
  }
}
