/// How large a value may be, for estimating what evaluating an expression costs: a string's or
/// bytes' length in bytes, a list's or map's number of entries, and how large each entry may be.
public struct ValueSize: Sendable, Hashable {
  /// Bytes of a string or bytes value; entries of a list or map; 0 for other values.
  public var count: Int
  /// The size of each element (or map value) in the same terms; 0 when it has none.
  public var elementCount: Int

  /// Creates a size.
  public init(count: Int, elementCount: Int = 0) {
    self.count = count
    self.elementCount = elementCount
  }

  /// The exact size of `value`: its length or count, and the largest of its elements.
  public init(of value: Value) {
    switch value {
    case .string(let text): self.init(count: text.utf8.count)
    case .bytes(let bytes): self.init(count: bytes.count)
    case .list(let items):
      self.init(count: items.count, elementCount: items.lazy.map { ValueSize(of: $0).count }.max() ?? 0)
    case .map(let map):
      self.init(
        count: map.count, elementCount: map.entries.lazy.map { ValueSize(of: $0.value).count }.max() ?? 0)
    default: self.init(count: 0)
    }
  }
}

/// What the cost estimator assumes about the variables of an environment.
public struct SizeHints: Sendable {
  /// The size of the value at a path from a variable: its name, then field names, with `*` for
  /// any element of a list (or value of a map); nil where nothing is known.
  public var size: @Sendable ([String]) -> ValueSize?
  /// The size assumed for a value nothing is known of.
  public var unknown: ValueSize

  /// Hints from a lookup by path, with `unknown` for every other value.
  public init(
    unknown: ValueSize = ValueSize(count: 1_000, elementCount: 1_000),
    size: @escaping @Sendable ([String]) -> ValueSize? = { _ in nil }
  ) {
    self.size = size
    self.unknown = unknown
  }
}

/// The estimate of an expression's cost on any values within the hinted sizes, in the units of
/// `EvaluationLimits`: an upper bound, as CEL's static cost estimate is.
public struct CostEstimate: Sendable, Hashable {
  /// The most cost units one evaluation may spend.
  public var cost: Int
  /// How large the value may be.
  public var size: ValueSize
  /// The variables of the environment the expression refers to (not its loop variables).
  public var references: Set<String>
  /// Where the value lies in the variables, when it is a part of one (`messages`, or a `let`
  /// such as `messages == null ? [] : messages`): later expressions find its fields' sizes there.
  public var path: [String]?
}
