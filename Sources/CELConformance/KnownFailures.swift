/// The known-failures list: a Markdown file with one `- file / section / name: reason` line per
/// test that still fails, so that the suite's test can insist the failing set is exactly that.
public enum KnownFailures {
  /// The keys (`file / section / name`) listed in the text.
  public static func keys(in markdown: String) -> Set<String> {
    var keys: Set<String> = []
    for line in markdown.split(separator: "\n") where line.hasPrefix("- ") {
      let entry = line.dropFirst(2)
      // The key ends at the first ": " (names contain no colon followed by a space).
      if let separator = entry.range(of: ": ") {
        keys.insert(String(entry[..<separator.lowerBound]).trimmingCharacters(in: .whitespaces))
      } else {
        keys.insert(String(entry).trimmingCharacters(in: .whitespaces))
      }
    }
    return keys
  }

  /// The keys of the tests that were skipped in these results.
  public static func skipped(in results: [ConformanceFileResult]) -> Set<String> {
    var keys: Set<String> = []
    for file in results {
      for (test, outcome) in file.results {
        if case .skipped = outcome { keys.insert(test.key) }
      }
    }
    return keys
  }

  /// The Markdown lines listing every failing or skipped test with its reason.
  public static func lines(for results: [ConformanceFileResult]) -> [String] {
    var lines: [String] = []
    for file in results {
      for (test, outcome) in file.results {
        switch outcome {
        case .passed: continue
        case .failed(let actual): lines.append("- \(test.key): fails (got \(actual))")
        case .skipped(let reason): lines.append("- \(test.key): skipped, \(reason)")
        }
      }
    }
    return lines
  }

  /// The keys of the tests that failed in these results.
  public static func failing(in results: [ConformanceFileResult]) -> Set<String> {
    var keys: Set<String> = []
    for file in results {
      for (test, outcome) in file.results {
        if case .failed = outcome { keys.insert(test.key) }
      }
    }
    return keys
  }
}
