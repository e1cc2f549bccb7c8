import CEL

/// One contract snapshot, read and validated, ready to be checked.
public struct Snapshot: Sendable {
  /// The file it was read from (`-` for standard input).
  public var file: String
  /// The document as a CEL map.
  public var root: MapValue
  /// The snapshot's own `waivers:`, about its contract.
  public var waivers: [Waiver] = []
  /// The document as it was read, to say where the nodes findings point at are written; nil for
  /// a snapshot made in memory.
  public var source: Source?

  /// A snapshot's document as read.
  public struct Source: Sendable {
    /// Its bytes.
    public var bytes: [UInt8]
    /// Whether it is strict JSON, else YAML.
    public var isJSON: Bool
    /// The file that locations in it name: the snapshot's file, or the stream it is a line of.
    public var file: String
    /// The line of `file` the document starts on: 1, or the line of an NDJSON stream.
    public var firstLine = 1
    /// Where its maps, lists and fields are written, as the reader recorded them.
    public var marks: DocumentMarks?

    /// A document read from `file`.
    public init(bytes: [UInt8], isJSON: Bool, file: String) {
      self.bytes = bytes
      self.isJSON = isJSON
      self.file = file
    }
  }

  /// Creates a snapshot from its document.
  public init(file: String, root: MapValue) {
    self.file = file
    self.root = root
  }

  /// The contract's id, when the snapshot has one.
  public var contractID: String? {
    if case .map(let contract)? = root[Field.contract], case .string(let id)? = contract[Field.id] {
      return id
    }
    return nil
  }

  /// The contract's status (`active`, `end_requested`, `ended` …), when the snapshot has one.
  public var contractStatus: String? {
    if case .map(let contract)? = root[Field.contract], case .string(let status)? = contract[Field.status] {
      return status
    }
    return nil
  }

  /// The fields read here, hashed once rather than on every read.
  private enum Field {
    static let contract = FieldName("contract")
    static let id = FieldName("id")
    static let status = FieldName("status")
  }
}
