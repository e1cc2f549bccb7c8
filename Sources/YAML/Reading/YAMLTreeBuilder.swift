/// Builds a caller's own tree straight from the reader's events, without an intermediate
/// `Node` tree.
///
/// The reader calls the builder bottom-up: a collection's method receives the outputs of its
/// children, already built. Aliases replay the `Output` built for the anchored node (for a
/// scalar the builder is called again with the anchored scalar and its original marks).
/// Mapping keys are always scalars and are passed as `Scalar`s; the builder never sees them as
/// `Output`s. Duplicate keys, limits and tags have been checked before a method is called.
///
/// A builder may throw a `YAMLError` (kind `.builder`) to reject a node; an empty `file` in it
/// is filled in by the reader.
public protocol YAMLTreeBuilder {
  /// The type of a built node.
  associatedtype Output

  /// Whether block scalars handed to the builder record where their lines sit in the source,
  /// which `Scalar.mark(ofCharacterOffset:info:)` and `Scalar.blockIndentation` need. Recording
  /// it walks each block scalar's source lines, so a builder that never maps positions inside
  /// scalars says false (the default is true).
  static var recordsBlockLayouts: Bool { get }

  /// Whether scalars handed to `scalar(_:info:)` that resolve to null, a Boolean or a number
  /// carry their text. Making the text costs more than resolving the value, so a builder that
  /// only reads `Scalar.resolved` says false (the default is true), and such scalars then have
  /// an empty `text`, unless they carry an anchor. Keys always carry their text.
  static var needsTextOfTypedScalars: Bool { get }

  /// Whether the reader may build scalar values (not keys) with `scalar(resolved:)`, from the
  /// resolved value alone, instead of `scalar(_:info:)`. It does so for scalars without a tag or
  /// an anchor, nearly all of them, and then makes neither their `Scalar` nor their `NodeInfo`;
  /// other scalars, replayed aliases and the JSON fast path still go to `scalar(_:info:)`. A
  /// builder that reads nothing of a scalar but `Scalar.resolved` says true (the default is
  /// false) and implements `scalar(resolved:)`.
  static var buildsScalarsFromResolvedValues: Bool { get }

  /// Called when a collection opens, before any of its children is built: `key` is the text of
  /// the key it is the value of (nil for an item of a sequence and for the root). A builder that
  /// needs to know where the collections it builds sit keeps its own stack of them. An alias
  /// replays a collection without opening it. The default does nothing.
  mutating func opening(isMapping: Bool, key: String?)

  /// Builds a scalar node.
  mutating func scalar(_ scalar: Scalar, info: NodeInfo) throws(YAMLError) -> Output

  /// Builds a scalar node from its resolved value: what `scalar(_:info:)` builds for a scalar
  /// whose `resolved` value this is. Called only when `buildsScalarsFromResolvedValues` is true.
  mutating func scalar(resolved: ResolvedScalar) throws(YAMLError) -> Output

  /// Builds a sequence node from its items, in order.
  ///
  /// `items` is a slice of the reader's working storage, which drops the items after the call:
  /// read them during the call, and copy them (`Array(items)`) to keep them.
  mutating func sequence(_ items: ArraySlice<Output>, info: NodeInfo) throws(YAMLError) -> Output

  /// Builds a mapping node from its entries, in source order and with distinct keys.
  ///
  /// `entries` is a view of the reader's working storage, like `items` in `sequence`.
  mutating func mapping(_ entries: MappingEntries<Output>, info: NodeInfo) throws(YAMLError) -> Output
}

extension YAMLTreeBuilder {
  /// True: block scalars record their layout unless a builder opts out.
  @inlinable
  public static var recordsBlockLayouts: Bool { true }

  /// True: every scalar carries its text unless a builder opts out.
  @inlinable
  public static var needsTextOfTypedScalars: Bool { true }

  /// False: every scalar goes to `scalar(_:info:)` unless a builder opts in.
  @inlinable
  public static var buildsScalarsFromResolvedValues: Bool { false }

  /// Calls `scalar(_:info:)` with a plain scalar of the resolved value (a string's text, else
  /// empty) at 1:1, for a builder that opts in without implementing this method.
  @inlinable
  public mutating func scalar(resolved: ResolvedScalar) throws(YAMLError) -> Output {
    let scalar: Scalar
    switch resolved {
    case .null: scalar = Scalar(text: "", style: .plain, value: .null)
    case .bool(let flag): scalar = Scalar(text: "", style: .plain, value: .bool(flag))
    case .int(let number): scalar = Scalar(text: "", style: .plain, value: .int(number))
    case .double(let number): scalar = Scalar(text: "", style: .plain, value: .double(number))
    case .string(let text): scalar = Scalar(text: text, style: .plain, value: .string)
    }
    return try self.scalar(scalar, info: NodeInfo(mark: .start, endMark: .start))
  }

  /// Does nothing.
  @inlinable
  public mutating func opening(isMapping: Bool, key: String?) {}
}

/// A mapping key with its marks and properties.
public struct MappingKey: Sendable, Hashable {
  /// The key's content.
  public var scalar: Scalar
  /// The key's marks and properties.
  public var info: NodeInfo

  /// Creates a key.
  @inlinable
  public init(scalar: Scalar, info: NodeInfo) {
    self.scalar = scalar
    self.info = info
  }
}

/// One key/value entry of a mapping handed to `YAMLTreeBuilder.mapping`.
public struct MappingEntry<Value> {
  /// The key's content.
  public var key: Scalar
  /// The key's marks and properties.
  public var keyInfo: NodeInfo
  /// The built value.
  public var value: Value

  /// Creates an entry.
  @inlinable
  public init(key: Scalar, keyInfo: NodeInfo, value: Value) {
    self.key = key
    self.keyInfo = keyInfo
    self.value = value
  }
}

extension MappingEntry: Sendable where Value: Sendable {}

/// The entries of a mapping being built, in source order: a view of its keys and of its values
/// where the reader keeps them, so that no array of entries is made unless the builder makes one.
public struct MappingEntries<Value>: RandomAccessCollection {
  /// The keys, in source order.
  public let keys: ArraySlice<MappingKey>
  /// The values, in the order of `keys`.
  public let values: ArraySlice<Value>

  /// Pairs keys and values of equal counts.
  @inlinable
  public init(keys: ArraySlice<MappingKey>, values: ArraySlice<Value>) {
    self.keys = keys
    self.values = values
  }

  /// Zero.
  @inlinable
  public var startIndex: Int { 0 }

  /// The number of entries.
  @inlinable
  public var endIndex: Int { keys.count }

  /// The entry at `position` (0-based).
  @inlinable
  public subscript(position: Int) -> MappingEntry<Value> {
    let key = keys[keys.startIndex + position]
    return MappingEntry(key: key.scalar, keyInfo: key.info, value: values[values.startIndex + position])
  }
}
