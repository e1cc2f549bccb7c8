import CELConformance
import Foundation

/// `cel-conformance DIR [--verbose] [--filter SUBSTRING]`: runs the CEL conformance suite's
/// JSON files in DIR and prints `file: N passed, N failed, N skipped` per file, then the totals.
/// `--known-failures` prints instead the Markdown list of failing and skipped tests.
var arguments = Array(CommandLine.arguments.dropFirst())
var verbose = false
var listKnownFailures = false
var filter: String?
var directory: String?
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--verbose", "-v":
    verbose = true
  case "--known-failures":
    listKnownFailures = true
  case "--help", "-h":
    print("usage: cel-conformance DIR [--verbose] [--filter SUBSTRING] [--known-failures]")
    exit(0)
  case "--filter":
    guard !arguments.isEmpty else {
      FileHandle.standardError.write(Data("--filter needs a value\n".utf8))
      exit(2)
    }
    filter = arguments.removeFirst()
  default:
    directory = argument
  }
}
guard let directory else {
  FileHandle.standardError.write(
    Data("usage: cel-conformance DIR [--verbose] [--filter SUBSTRING] [--known-failures]\n".utf8))
  exit(2)
}

do {
  let results = try ConformanceSuite(directory: URL(fileURLWithPath: directory)).run(filter: filter)
  if listKnownFailures {
    KnownFailures.lines(for: results).forEach { print($0) }
    exit(0)
  }
  var totals = (passed: 0, failed: 0, skipped: 0)
  for file in results {
    if verbose {
      for (test, outcome) in file.results {
        guard case .failed(let actual) = outcome else { continue }
        print("FAIL \(test.key)")
        print("  expr:     \(test.expression)")
        print("  expected: \(test.expectation)")
        print("  actual:   \(actual)")
      }
    }
    print(file.summary)
    totals.passed += file.passed
    totals.failed += file.failed
    totals.skipped += file.skipped
  }
  print("\(totals.passed) passed, \(totals.failed) failed, \(totals.skipped) skipped")
  exit(totals.failed == 0 ? 0 : 1)
} catch {
  FileHandle.standardError.write(Data("cel-conformance: \(error)\n".utf8))
  exit(2)
}
