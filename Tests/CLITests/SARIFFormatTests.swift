import Foundation
import Testing

/// `check --format sarif` on the examples and an unreadable file: the log validates against the
/// SARIF 2.1.0 schema (with Python's `jsonschema`) and points each result at a declared rule.
@Suite struct SARIFFormatTests {
  /// The SARIF 2.1.0 schema, in the shared data beside the repository.
  static let schema = CommandRunner.repository.appending(
    path: "../shared/conformance/sarif/sarif-schema-2.1.0.json"
  )
  .standardizedFileURL

  /// Whether `python3` can import `jsonschema`.
  static let hasJSONSchema = (try? BatchFormatTests.python(["-c", "import jsonschema"]).status) == 0

  /// Run when jsonschema and the schema are there, and always on CI (where either missing is a
  /// failure).
  static let validates =
    (hasJSONSchema && FileManager.default.fileExists(atPath: schema.path))
    || ProcessInfo.processInfo.environment["CI"] != nil

  /// The log of the examples and a missing file.
  static func examplesLog() throws -> CommandRunner.Output {
    try CommandRunner.run(["check", "--format", "sarif"] + BatchFormatTests.examples + ["missing.yaml"])
  }

  @Test(
    .enabled(
      if: validates,
      "jsonschema or ../shared's SARIF schema is missing (python3 -m pip install jsonschema; set CI to make this fail)"
    ))
  func theExamplesLogValidatesAgainstTheSchema() throws {
    try #require(FileManager.default.fileExists(atPath: Self.schema.path), "no schema at \(Self.schema.path)")
    let output = try Self.examplesLog()
    #expect(output.status == 2)
    let folder = try CommandRunner.folder(["check.sarif": output.stdout])
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      import json, sys, jsonschema
      schema, log = (json.load(open(path)) for path in sys.argv[1:3])
      jsonschema.validate(log, schema)
      print(len(log["runs"][0]["results"]))
      """
    let validated = try BatchFormatTests.python(
      ["-c", script, Self.schema.path, folder.appending(path: "check.sarif").path])
    #expect(validated.status == 0, "\(validated.stderr)")
    #expect((Int(validated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 1)
  }

  @Test func eachResultPointsAtADeclaredRuleAndItsSnapshot() throws {
    let output = try Self.examplesLog()
    let log = try #require(try JSONSerialization.jsonObject(with: output.stdoutData) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(
      ids.contains("client-agreement") && ids.contains("closeout/snapshot")
        && ids.contains("closeout/rule-error"))
    let results = try #require(run["results"] as? [[String: Any]])
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == result["ruleId"] as? String)
      #expect((result["partialFingerprints"] as? [String: String])?["closeoutFinding/v2"]?.count == 16)
    }
    let uris = results.map(Self.uri)
    #expect(!uris.contains(nil))
    #expect(Set(uris.compactMap { $0 }).isSubset(of: Set(BatchFormatTests.examples + ["missing.yaml"])))
    let notReady = results.filter { Self.uri($0) == "examples/not-ready.yaml" }
    #expect(notReady.first?["ruleId"] as? String == "client-agreement")
    #expect(results.last?["ruleId"] as? String == "closeout/snapshot")
  }

  /// The URI of a result's first location.
  static func uri(_ result: [String: Any]) -> String? {
    let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    return (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String
  }
}
