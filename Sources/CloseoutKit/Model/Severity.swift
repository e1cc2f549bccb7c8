/// How much a finding matters; the order is blocker > warning > advice.
public enum Severity: String, Sendable, CaseIterable, Comparable {
  /// Must be fixed before the contract is ended.
  case blocker
  /// Should be looked at; ending now has a cost.
  case warning
  /// A good practice worth doing.
  case advice

  /// 0 for the most severe.
  var rank: Int {
    switch self {
    case .blocker: 0
    case .warning: 1
    case .advice: 2
    }
  }

  /// More severe sorts first.
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
