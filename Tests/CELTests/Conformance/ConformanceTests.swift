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

/// Runs the extension files of the suite (`shared/conformance/cel-ext`) that Closeout implements,
/// each held to its floor.
@Suite("CEL extension conformance")
struct ExtensionConformanceTests {
  /// The least share of the tests run that must pass, per implemented file, in percent.
  static let floors: [String: Double] = [
    "math_ext": 100, "bindings_ext": 100, "encoders_ext": 100, "optionals": 100, "macros2": 100,
  ]

  static let suiteDirectory = ConformanceTests.thisFile.deletingLastPathComponent().appendingPathComponent(
    "../../../../shared/conformance/cel-ext"
  ).standardizedFileURL

  @Test(
    .enabled(
      if: ConformanceTests.shouldRun, "no conformance suite next to the repository (set CI to make this fail)"
    ))
  func theImplementedExtensionsMeetTheirFloors() throws {
    try #require(
      FileManager.default.fileExists(atPath: Self.suiteDirectory.path),
      "the extension suite is missing at \(Self.suiteDirectory.path)")
    let results = try ConformanceSuite(directory: Self.suiteDirectory).run()
    for (file, floor) in Self.floors {
      let result = try #require(results.first { $0.file == file }, "no \(file) in the extension suite")
      #expect(result.passRate >= floor, "\(result.summary): \(result.passRate)% is below \(floor)%")
    }
  }
}

/// The runner reads what it can run and skips the rest with a reason, test by test.
@Suite("CEL conformance runner")
struct ConformanceRunnerTests {
  @Test func aProtobufMessageInABindingSkipsItsTestOnly() throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "cel-conformance-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = """
      {"file": "mixed", "sections": [{"name": "s", "tests": [
        {"name": "message", "expr": "x.single_int32 == 1",
         "bindings": {"x": {"message": {"type": "cel.expr.conformance.proto3.TestAllTypes", "value": {}}}},
         "expect": {"value": {"bool": true}}},
        {"name": "plain", "expr": "1 + 1", "expect": {"value": {"int": "2"}}}
      ]}]}
      """
    try Data(file.utf8).write(to: folder.appending(path: "mixed.json"))
    let results = try ConformanceSuite(directory: folder).run()
    let outcomes = try #require(results.first).results.map { ($0.0.name, "\($0.1)") }
    #expect(outcomes.count == 2)
    #expect(outcomes[0].0 == "message" && outcomes[0].1.contains("protobuf message values are not supported"))
    #expect(outcomes[1].0 == "plain" && outcomes[1].1 == "passed")
  }
}
