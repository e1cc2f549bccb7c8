/// The progress of a long `check` for a person watching a terminal: how many snapshots are
/// checked, at what rate, and how long is left when the number of inputs is known. It is shown only
/// once a run has lasted a second, and redrawn at most a few times a second.
public struct ProgressLine: Sendable {
  /// How many inputs there are, when known before the run (files, not directories or streams).
  public let total: Int?
  /// When the line was last drawn, in seconds from the start of the run.
  private var drawnAt: Double?

  /// The line of a run of `total` inputs, or of an unknown number.
  public init(total: Int?) {
    self.total = total
  }

  /// The text to draw after `count` results, `elapsed` seconds into the run: nil while the run is
  /// younger than a second or the line was drawn less than a fifth of a second ago.
  public mutating func update(count: Int, elapsed: Double) -> String? {
    guard elapsed >= 1, drawnAt.map({ elapsed - $0 >= 0.2 }) ?? true else { return nil }
    drawnAt = elapsed
    return Self.text(count: count, total: total, elapsed: elapsed)
  }

  /// `1,200 of 5,000 snapshots, 400/s, 0:10 left`, or without the total and what is left.
  public static func text(count: Int, total: Int?, elapsed: Double) -> String {
    let rate = elapsed > 0 ? Double(count) / elapsed : 0
    var text = grouped(count)
    if let total { text += " of " + grouped(total) }
    text += " snapshots, \(grouped(Int(rate.rounded())))/s"
    if let total, rate > 0, count <= total {
      let seconds = Int((Double(total - count) / rate).rounded(.up))
      text += ", \(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60) left"
    }
    return text
  }

  /// `12,345`.
  private static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }
}
