/// Turns a single document's events into a builder's tree, enforcing the reader's rules:
/// scalar keys without duplicates, defined aliases, and the depth and alias limits.
///
/// Event sources (libyaml, the JSON fast path) call its methods in document order. It is
/// generic over the builder and `@inlinable`, so that a client's builder is specialised into
/// the event loop instead of being called through witness tables. Children of all open
/// collections live on shared stacks (`keys` and `values`), where the builder reads a closed
/// collection's children.
@usableFromInline
struct Composer<Builder: YAMLTreeBuilder> {
  @usableFromInline typealias Output = Builder.Output

  /// What an anchor names: a scalar is rebuilt on replay (it may become a key), a collection
  /// replays its output.
  @usableFromInline
  enum Anchored {
    case scalar(Scalar, NodeInfo)
    case collection(Output, nodes: Int, height: Int)
  }

  @usableFromInline var builder: Builder
  @usableFromInline let file: String
  @usableFromInline let limits: Limits
  /// The innermost open collection, or the document when none is open.
  @usableFromInline var top: Frame
  /// The collections enclosing `top`, outermost first.
  @usableFromInline var parents: [Frame] = []
  /// Keys of all open mappings; each mapping's from its frame's `keyStart`. A new key is pushed
  /// before it is checked for duplicates.
  @usableFromInline var keys: [MappingKey] = []
  /// Items of open sequences and values of open mappings; each collection's from its frame's
  /// `valueStart`.
  @usableFromInline var values: [Output] = []
  @usableFromInline var anchors: [String: Anchored] = [:]
  @usableFromInline var root: Output?
  @usableFromInline var documents = 0
  /// Alias-bomb accounting, see `Composer+Aliases.swift`.
  @usableFromInline var ownNodes = 0
  @usableFromInline var expandedNodes = 0
  @usableFromInline var replayedNodes = 0
  @usableFromInline var aliasUses: [AliasUse] = []

  @inlinable
  init(builder: Builder, file: String, limits: Limits) {
    self.builder = builder
    self.file = file
    self.limits = limits
    let document = NodeInfo(mark: .start, endMark: .start)
    top = Frame(kind: .document, keyStart: 0, valueStart: 0, info: document, expandedBefore: 0)
    // Room for a typical document from the start, rather than growing there step by step.
    parents.reserveCapacity(Self.initialDepth)
    keys.reserveCapacity(Self.initialChildren)
    values.reserveCapacity(Self.initialChildren)
  }

  /// The nesting depth that `parents` has room for before it grows.
  @inlinable static var initialDepth: Int { 16 }
  /// The number of keys, and of values, of open collections that the stacks have room for
  /// before they grow.
  @inlinable static var initialChildren: Int { 64 }

  /// Whether the innermost open collection is a mapping waiting for a key.
  @inlinable
  var expectsKey: Bool {
    top.kind == .mapping && !top.awaitsValue
  }

  /// A scalar event.
  @inlinable
  mutating func scalar(_ scalar: consuming Scalar, info: consuming NodeInfo) throws(YAMLError) {
    ownNodes &+= 1
    expandedNodes &+= 1
    if info.properties != nil, let anchor = info.anchor { anchors[anchor] = .scalar(scalar, info) }
    try place(scalar, info: info)
  }

  /// Puts a scalar where the document is: as the next key of a mapping, or built and
  /// delivered as a value.
  @inlinable
  mutating func place(_ scalar: consuming Scalar, info: consuming NodeInfo) throws(YAMLError) {
    if expectsKey {
      let textBit = scalar.keyTextBit
      try placeKey(MappingKey(scalar: scalar, info: info), textBit: textBit)
    } else {
      deliver(try builder.scalar(scalar, info: info), height: 0)
    }
  }

  /// Adds the next key of the innermost mapping, whose `Scalar.keyTextBit` is `textBit`.
  @inlinable
  mutating func placeKey(_ key: consuming MappingKey, textBit: UInt64) throws(YAMLError) {
    if !key.scalar.isString { top.hasTypedKey = true }
    keys.append(key)
    try checkDuplicate(textBit: textBit)
    top.awaitsValue = true
  }

  /// A sequence-start or mapping-start event.
  @inlinable
  mutating func open(isMapping: Bool, info: consuming NodeInfo) throws(YAMLError) {
    if expectsKey { throw .complexKey(at: info.mark, file: file) }
    // `parents` holds the document frame too, so its count is the current depth.
    guard parents.count < limits.maxDepth else {
      throw .depthLimit(limits.maxDepth, at: info.mark, file: file)
    }
    builder.opening(isMapping: isMapping, key: top.kind == .mapping ? keys[keys.count - 1].scalar.text : nil)
    var frame = Frame(
      kind: isMapping ? .mapping : .sequence, keyStart: keys.count, valueStart: values.count, info: info,
      expandedBefore: expandedNodes)
    swap(&frame, &top)
    parents.append(consume frame)
    ownNodes &+= 1
    expandedNodes &+= 1
  }

  /// A sequence-end or mapping-end event.
  @inlinable
  mutating func close(endMark: Mark) throws(YAMLError) {
    guard var frame = parents.popLast() else { return }
    if top.hasTypedKey { try checkKeyTexts() }
    swap(&frame, &top)
    frame.info.endMark = endMark
    let output = try build(frame)
    let height = frame.childHeight + 1
    if let anchor = frame.info.anchor {
      anchors[anchor] = .collection(output, nodes: expandedNodes - frame.expandedBefore, height: height)
    }
    deliver(output, height: height)
  }

  /// The output of the collection that `frame` composed, built from its children, which the
  /// builder reads where they are on the stacks; the stacks then drop them. A child is thus
  /// copied once, into what the builder makes, and no array is made to hand it over.
  @inlinable
  mutating func build(_ frame: borrowing Frame) throws(YAMLError) -> Output {
    let output: Output
    if frame.kind == .mapping {
      // The view is a temporary, gone before the stacks shrink: were it alive then, the stacks
      // would not be uniquely referenced and shrinking them would copy them.
      output = try builder.mapping(
        MappingEntries(keys: keys[frame.keyStart...], values: values[frame.valueStart...]), info: frame.info)
      keys.removeSubrange(frame.keyStart...)
    } else {
      output = try builder.sequence(values[frame.valueStart...], info: frame.info)
    }
    values.removeSubrange(frame.valueStart...)
    return output
  }

  /// Hands a built value to the innermost open collection, or makes it the root.
  @inlinable
  mutating func deliver(_ output: consuming Output, height: Int) {
    switch top.kind {
    case .document:
      root = output
      return
    case .mapping:
      top.awaitsValue = false
    case .sequence:
      break
    }
    if height > top.childHeight { top.childHeight = height }
    values.append(output)
  }

  /// A document-start event: only one document is allowed.
  @inlinable
  mutating func documentStart(at mark: Mark) throws(YAMLError) {
    documents += 1
    if documents > 1 { throw .multipleDocuments(at: mark, file: file) }
  }

  /// The root's output once the stream has ended: a null scalar at 1:1 for an empty stream.
  @inlinable
  mutating func finish() throws(YAMLError) -> Output {
    try checkAliasRatio()
    if let root { return root }
    let empty = NodeInfo(mark: .start, endMark: .start)
    return try builder.scalar(Scalar(text: "", style: .plain, value: .null), info: empty)
  }
}
