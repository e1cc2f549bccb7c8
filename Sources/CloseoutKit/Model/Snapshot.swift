import CEL

/// One contract snapshot, read and validated, ready to be checked.
public struct Snapshot: Sendable {
  /// The file it was read from (`-` for standard input).
  public var file: String
  /// The document as a CEL map.
  public var root: MapValue
  /// The snapshot's own `waivers:`, about its contract.
  public var waivers: [Waiver] = []

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

  /// The contract's status (`active`, `end_requested`, `ended` …), when the snapshot has one.
  public var contractStatus: String? {
    if case .map(let contract)? = root["contract"], case .string(let status)? = contract["status"] {
      return status
    }
    return nil
  }
}
