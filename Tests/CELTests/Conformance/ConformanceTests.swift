import CELConformance
import Foundation
import Testing

/// Runs the CEL conformance suite (the JSON files in `shared/conformance/cel`, next to the
/// repository) and holds each file to a pass-rate floor and the failing set to the list in
/// `known-failures.md`.
@Suite("CEL conformance")
struct ConformanceTests {
  /// The least share of the tests run that must pass, per file, in percent.
  static let floors: [String: Double] = [
    "basic": 100, "logic": 100, "integer_math": 100, "fp_math": 100, "lists": 100, "macros": 100,
    "fields": 100, "conversions": 100, "string": 100, "comparisons": 98, "timestamps": 98, "string_ext": 95,
  ]

  static let thisFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
  /// `Tests/CELTests/Conformance/` → the repository → its sibling `shared/conformance/cel`.
  static let suiteDirectory = thisFile.deletingLastPathComponent().appendingPathComponent(
    "../../../../shared/conformance/cel"
  ).standardizedFileURL
  static let knownFailuresFile = thisFile.deletingLastPathComponent().appendingPathComponent(
    "known-failures.md")

  /// Run when the suite is there, and always on CI (where a missing suite is a failure).
  static let shouldRun =
    FileManager.default.fileExists(atPath: suiteDirectory.path)
    || ProcessInfo.processInfo.environment["CI"] != nil

  @Test(.enabled(if: shouldRun, "no conformance suite next to the repository (set CI to make this fail)"))
  func meetsTheFloorsAndMatchesTheKnownFailures() throws {
    try #require(
      FileManager.default.fileExists(atPath: Self.suiteDirectory.path),
      "the conformance suite is missing at \(Self.suiteDirectory.path)")
    let results = try ConformanceSuite(directory: Self.suiteDirectory).run()
    for file in results {
      let floor = try #require(Self.floors[file.file], "no floor for \(file.file)")
      #expect(file.passRate >= floor, "\(file.summary): \(file.passRate)% is below \(floor)%")
    }
    #expect(Set(results.map(\.file)) == Set(Self.floors.keys))

    let listed = KnownFailures.keys(in: try String(contentsOf: Self.knownFailuresFile, encoding: .utf8))
    let notPassing = KnownFailures.failing(in: results).union(KnownFailures.skipped(in: results))
    let unlisted = notPassing.subtracting(listed).sorted()
    let stale = listed.subtracting(notPassing).sorted()
    #expect(unlisted.isEmpty, "failing or skipped but not in known-failures.md: \(unlisted)")
    #expect(stale.isEmpty, "listed in known-failures.md but passing now: \(stale)")
  }
}
