/// The per-rule timings of a run as a table, slowest first (`check --timings`).
public struct TimingsReport: Sendable {
  /// The timings, slowest first.
  public var timings: [RuleTiming]

  /// A report of `timings`.
  public init(_ timings: [RuleTiming]) { self.timings = timings }

  /// One line per rule: microseconds per snapshot and the rule's id, then the total.
  public var text: String {
    guard let evaluations = timings.first?.evaluations, evaluations > 0 else {
      return "timings: no snapshot was checked"
    }
    var lines = [
      "timings per snapshot over \(evaluations) snapshot\(evaluations == 1 ? "" : "s"), slowest first:"
    ]
    for timing in timings {
      lines.append("  \(Self.microseconds(timing.nanosecondsPerEvaluation)) µs  \(timing.rule)")
    }
    let total = timings.reduce(0) { $0 + $1.nanosecondsPerEvaluation }
    lines.append("  \(Self.microseconds(total)) µs  all \(timings.count) rules")
    return lines.joined(separator: "\n")
  }

  /// Nanoseconds as microseconds with one decimal, right-aligned in 8 characters.
  private static func microseconds(_ nanoseconds: Double) -> String {
    let tenths = Int((nanoseconds / 100).rounded())
    let text = "\(tenths / 10).\(tenths % 10)"
    return String(repeating: " ", count: max(0, 8 - text.count)) + text
  }
}
