/// How many results a batch held and how they came out, counted as they are reported.
public struct CheckTally: Sendable, Equatable {
  /// Every result.
  public private(set) var count = 0
  /// The contracts that can be ended.
  public private(set) var ready = 0
  /// The snapshots that could not be checked.
  public private(set) var unreadable = 0
  /// How many findings of the `--baseline` file no longer fire; nil without a baseline to compare with.
  public internal(set) var baselineFixed: Int? = nil

  /// An empty tally.
  public init() {}

  /// Counts `result`.
  public mutating func add(_ result: CheckResult) {
    count += 1
    if result.isReady { ready += 1 }
    if result.checklist == nil { unreadable += 1 }
  }
}
