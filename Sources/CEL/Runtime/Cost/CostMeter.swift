/// Counts what evaluation spends against `EvaluationLimits`, for one activation.
///
/// The host resets the meter before each run it wants bounded on its own (Closeout: each rule on
/// each snapshot). Once the budget is spent every further charge fails, and loops stop at their
/// next iteration instead of absorbing the error, so a run ends promptly; `isExhausted` then lets
/// the host treat the run as failed even where `||` or `&&` absorbed the error into a value.
public final class CostMeter {
  // The stored properties are private and read through computed ones: a property that only this
  // file can touch is seen whole by the optimiser, which then drops the runtime's exclusivity
  // checks on it (they cost more than a charge).
  private var currentLimits: EvaluationLimits
  private var unitsSpent = 0

  /// The limits of the current run.
  public var limits: EvaluationLimits { currentLimits }
  /// The units spent since the last reset.
  public var spent: Int { unitsSpent }

  /// A meter with `limits` and nothing spent.
  public init(limits: EvaluationLimits = .default) {
    currentLimits = limits
  }

  /// Starts a new run with nothing spent, under `limits` (by default the current ones).
  public func reset(limits: EvaluationLimits? = nil) {
    if let limits { currentLimits = limits }
    unitsSpent = 0
  }

  /// Whether the run spent more than its budget.
  public var isExhausted: Bool { spent > limits.cost }

  /// The error of a run that spent more than its budget.
  public var exhaustedError: EvalError { .costLimitExceeded(limits.cost) }

  /// Adds `units` to the units spent; fails once the budget is exceeded.
  @inline(__always)
  func charge(_ units: Int) throws(EvalError) {
    let (sum, overflow) = unitsSpent.addingReportingOverflow(units)
    unitsSpent = overflow ? .max : sum
    let budget = currentLimits.cost
    if unitsSpent > budget { throw .costLimitExceeded(budget) }
  }

  /// Charges the building of `value` and checks its size against the limits.
  func chargeBuilding(_ value: Value) throws(EvalError) {
    switch value {
    case .string(let text) where text.utf8.count > limits.stringBytes:
      throw .sizeLimitExceeded("string of \(text.utf8.count) bytes", limit: "\(limits.stringBytes) bytes")
    case .bytes(let bytes) where bytes.count > limits.stringBytes:
      throw .sizeLimitExceeded("bytes of length \(bytes.count)", limit: "\(limits.stringBytes) bytes")
    case .list(let items) where items.count > limits.collectionSize:
      throw .sizeLimitExceeded("list of \(items.count) elements", limit: "\(limits.collectionSize) elements")
    case .map(let map) where map.count > limits.collectionSize:
      throw .sizeLimitExceeded("map of \(map.count) entries", limit: "\(limits.collectionSize) entries")
    default:
      try charge(EvaluationLimits.buildingCost(of: value))
    }
  }
}
