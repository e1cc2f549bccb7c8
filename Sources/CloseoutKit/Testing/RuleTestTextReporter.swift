/// Prints rule test results like a test runner: a line per case, details under a failed case,
/// optionally the coverage, and a last line `N passed, N failed`.
public struct RuleTestTextReporter: Sendable {
  /// Colours, or none.
  public var style: TextStyle

  /// Creates a reporter.
  public init(style: TextStyle = TextStyle(colors: false)) { self.style = style }

  /// The whole report, ending with a newline.
  public func render(_ results: [RuleTestResult], coverage: RuleCoverage? = nil) -> String {
    var lines: [String] = []
    for result in results {
      // File names come from a directory listing and case names from YAML: either may hold controls.
      let label = TerminalText.sanitized("\(result.testCase.file): \(result.testCase.name.value)")
      guard !result.passed else {
        lines.append(style.apply(.green, "✓") + " " + label)
        continue
      }
      lines.append(style.apply(.red, "✗") + " " + label)
      lines += result.failures.map { "    " + TerminalText.sanitized($0.description) }
      lines.append(
        TerminalText.sanitized(
          "    fired: " + (result.fired.isEmpty ? "nothing" : result.fired.joined(separator: ", "))))
      for inspection in result.inspections {
        lines.append(
          style.apply(.dim, TerminalText.sanitized("    \(inspection.rule) (\(inspection.location)):")))
        for (name, value) in inspection.lets {
          lines.append("      let \(name) = \(TerminalText.sanitized(value))")
        }
        lines.append("      when = \(TerminalText.sanitized(inspection.condition))")
      }
    }
    if let coverage { lines += render(coverage) }
    let failed = results.filter { !$0.passed }.count
    lines.append("\(results.count - failed) passed, \(failed) failed")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The coverage lines.
  func render(_ coverage: RuleCoverage) -> [String] {
    var lines = [
      "coverage: \(coverage.covered) of \(coverage.rules.count) rules have a firing and a silent case "
        + "(\(Self.percent(coverage.percent)))"
    ]
    if !coverage.neverFires.isEmpty {
      lines.append("  no case makes these fire: " + coverage.neverFires.joined(separator: ", "))
    }
    if !coverage.neverSilent.isEmpty {
      lines.append("  no case keeps these silent: " + coverage.neverSilent.joined(separator: ", "))
    }
    return lines
  }

  /// A percentage with at most one decimal: `100%`, `87.5%`.
  public static func percent(_ value: Double) -> String {
    let rounded = (value * 10).rounded(.down) / 10
    return ValueText.number(rounded) + "%"
  }
}
