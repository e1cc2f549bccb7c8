/// An open collection (or the document itself) while its children are being composed.
@usableFromInline
struct Frame {
  /// What is being composed.
  @usableFromInline
  enum Kind {
    /// The document: its one child becomes the root.
    case document
    case sequence
    case mapping
  }

  @usableFromInline var kind: Kind
  /// For a mapping: whether a key has been read and waits for its value.
  @usableFromInline var awaitsValue = false
  /// For a mapping: whether a key resolved to something other than a string (`1`, `true`, `~`),
  /// so that its keys' texts are compared when it closes.
  @usableFromInline var hasTypedKey = false
  /// Where this mapping's keys start in the composer's `keys`.
  @usableFromInline var keyStart: Int
  /// Where this collection's items or values start in the composer's `values`.
  @usableFromInline var valueStart: Int
  /// The collection's marks and properties; `endMark` is set when it closes.
  @usableFromInline var info: NodeInfo
  /// The composer's expanded node count before this collection, to size it for aliases.
  @usableFromInline var expandedBefore: Int
  /// The greatest height among the children so far (a scalar has height 0).
  @usableFromInline var childHeight = 0
  /// For a small mapping: the `Scalar.keyTextBit` of each of its string keys so far, so that
  /// a string key whose bit is clear, most keys, is known to be new without a search.
  @usableFromInline var stringKeyBits: UInt64 = 0
  /// For a large mapping: its keys so far, for duplicate detection in constant time.
  @usableFromInline var keyIndex: [KeyIdentity: Mark]?

  @inlinable
  init(kind: Kind, keyStart: Int, valueStart: Int, info: NodeInfo, expandedBefore: Int) {
    self.kind = kind
    self.keyStart = keyStart
    self.valueStart = valueStart
    self.info = info
    self.expandedBefore = expandedBefore
  }
}
