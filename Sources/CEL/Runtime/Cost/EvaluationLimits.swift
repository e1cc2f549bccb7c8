/// Bounds on one evaluation's work and on the values it builds, so that a runaway expression
/// (nested loops over long lists, a string doubled forty times) ends in an error instead of a
/// hang or an exhausted memory.
///
/// Cost is counted in deterministic units, after CEL's cost model: each evaluation of a program
/// costs its number of nodes outside loops; each loop iteration costs the nodes of the loop's body
/// plus one; each string a call or a concatenation builds costs one unit per ten bytes, each list
/// or map one unit per element. The same expression on the same values always costs the same.
public struct EvaluationLimits: Sendable, Hashable {
  /// The most cost units one metered run may spend (default 100,000,000).
  public var cost: Int
  /// The longest string, in UTF-8 bytes, that an expression may build (default 16 MiB).
  public var stringBytes: Int
  /// The most elements a list or map built by an expression may have (default 1,000,000).
  public var collectionSize: Int

  /// Creates limits; every parameter defaults to the value of `EvaluationLimits.default`.
  public init(cost: Int = 100_000_000, stringBytes: Int = 16 << 20, collectionSize: Int = 1_000_000) {
    self.cost = cost
    self.stringBytes = stringBytes
    self.collectionSize = collectionSize
  }

  /// 100,000,000 cost units, strings of 16 MiB and collections of 1,000,000 elements.
  public static let `default` = EvaluationLimits()

  /// The cost of building `value`: one unit per ten bytes of a string or bytes (at least one),
  /// one per element of a list or map, nothing for other values.
  static func buildingCost(of value: Value) -> Int {
    switch value {
    case .string(let text): 1 + text.utf8.count / 10
    case .bytes(let bytes): 1 + bytes.count / 10
    case .list(let items): 1 + items.count
    case .map(let map): 1 + map.count
    default: 0
    }
  }
}
