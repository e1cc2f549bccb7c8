import Foundation
import Testing

/// `check` on directories and NDJSON streams: one result per snapshot, in input order, a bad line
/// one error result, never the end of the run.
@Suite struct CheckInputsTests {
  @Test func aStreamWithABadLineReportsEveryLineAndExitsWithTwo() throws {
    let good = try String(contentsOfFile: "examples/fixed-price.json", encoding: .utf8)
      .replacingOccurrences(of: "\n", with: " ")
    let stream = good + "\n{\"snapshot_version\": 1}\n\n" + good + "\n"
    let output = try CommandRunner.run(["check", "--ndjson", "-", "--no-config"], input: stream)
    #expect(output.status == 2)
    let verdicts = output.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }
    #expect(verdicts.first?.hasPrefix("✓ -:1 (contract ct-4410)") == true)
    #expect(verdicts.contains("✗ -:2: could not be checked"))
    #expect(verdicts.contains { $0.hasPrefix("✓ -:4 (contract ct-4410)") })
    #expect(output.stdout.contains("-:2:1: error: the snapshot is missing the required key 'as_of'"))
    #expect(output.stdout.hasSuffix("3 snapshots: 2 ready, 0 not ready, 1 could not be checked\n\n"))
  }

  @Test func aDirectoryIsCheckedFileByFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("more"), withIntermediateDirectories: true)
    for name in ["ready-to-end.yaml", "not-ready.yaml"] {
      try FileManager.default.copyItem(
        atPath: "examples/" + name, toPath: directory.appendingPathComponent("more/" + name).path)
    }
    let output = try CommandRunner.run(["check", directory.path, "--no-config", "--format", "json"])
    #expect(output.status == 1)
    #expect(output.stdout.contains("more/not-ready.yaml"))
    #expect(output.stdout.contains("more/ready-to-end.yaml"))
  }
}

/// `--jobs`: snapshots checked at once, results in input order, the same as one at a time.
@Suite struct CheckJobsTests {
  @Test func parallelResultsAreTheSameAndInInputOrder() throws {
    let examples = [
      "examples/ready-to-end.yaml", "examples/not-ready.yaml", "missing.yaml", "examples/ended.yaml",
    ]
    let files = (0..<60).map { examples[$0 % examples.count] }
    let serial = try CommandRunner.run(["check", "--no-config", "--jobs", "1", "--format", "json"] + files)
    let parallel = try CommandRunner.run(["check", "--no-config", "--jobs", "4", "--format", "json"] + files)
    #expect(serial.status == 2 && parallel.status == 2)
    #expect(parallel.stdout == serial.stdout)
    #expect(parallel.stdout.contains("missing.yaml"))
  }

  @Test func jobsMustBePositive() throws {
    let output = try CommandRunner.run(["check", "--jobs", "0", "examples/ready-to-end.yaml"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("--jobs must be at least 1."))
  }
}

/// A snapshot's own waivers on a line of an NDJSON stream are placed on that line of the stream,
/// as its errors are.
@Suite struct NDJSONWaiverPlaceTests {
  @Test func aWaiversWarningIsPlacedOnItsLineOfTheStream() throws {
    let text = try String(contentsOfFile: "examples/fixed-price.json", encoding: .utf8)
    var document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    document["waivers"] = [
      ["rule": "no-such-rule", "reason": "r", "accepted_by": "a", "expires": "2030-01-01"]
    ]
    let line = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
    let output = try CommandRunner.run(
      ["check", "--ndjson", "-", "--no-config"], input: "{}\n\n" + line + "\n")
    let warning = try #require(output.stdout.split(separator: "\n").first { $0.contains("is unused") })
    #expect(warning.hasPrefix("  -:3:"))
    #expect(warning.contains(": warning: the waiver of 'no-such-rule'"))
    #expect(!warning.hasPrefix("  -:3:3:"))
  }
}
