import ArgumentParser
import Foundation

/// The report formats of `closeout check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// `--color`: when to write ANSI colours.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto
  case always
  case never

  /// Whether colours are on: `auto` means standard output is a terminal and `NO_COLOR` is unset or empty.
  func enabled() -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return !noColor && isatty(STDOUT_FILENO) == 1
    }
  }
}
