import ArgumentParser
import CloseoutKit
import Foundation

/// The formats of commands that print either text or JSON (`eval`, `rules list`, `rules test`);
/// `closeout check` takes a `ReportFormat`, which adds `ics`.
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

extension ReportFormat: ExpressibleByArgument {}
