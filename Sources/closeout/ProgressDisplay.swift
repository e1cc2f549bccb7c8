import CloseoutKit
import Foundation
import Synchronization

/// The progress line of a long `check` on standard error, when standard error is a terminal: drawn
/// over itself with a carriage return, and erased when the run ends so that it leaves nothing in
/// the terminal's history.
final class ProgressDisplay: Sendable {
  private let line: Mutex<(progress: ProgressLine, drawn: Bool)>
  private let start = Date()

  /// A display for a run of `total` inputs (nil when unknown), or nil when standard error is not a
  /// terminal (`total` is then not asked for).
  static func onTerminal(total: () -> Int?) -> ProgressDisplay? {
    isatty(STDERR_FILENO) == 1 ? ProgressDisplay(total: total()) : nil
  }

  private init(total: Int?) {
    line = Mutex((ProgressLine(total: total), false))
  }

  /// Redraws the line after `count` results, when it is time to.
  func update(count: Int) {
    let elapsed = Date().timeIntervalSince(start)
    line.withLock { state in
      guard let text = state.progress.update(count: count, elapsed: elapsed) else { return }
      state.drawn = true
      FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
    }
  }

  /// Erases the line, if it is drawn: at the end of the run, and before a report is written to
  /// the same terminal (the next update draws it again below the report).
  func finish() {
    line.withLock { state in
      if state.drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      state.drawn = false
    }
  }

  /// Whether standard output is a terminal too, where reports and the line share the screen.
  let sharesTheTerminal = isatty(STDOUT_FILENO) == 1
}
