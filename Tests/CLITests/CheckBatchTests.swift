import Foundation
import Testing

/// `check` on many files: the report is written file by file, the same as one report for the batch.
@Suite struct CheckBatchTests {
  private let ready = "examples/ready-to-end.yaml"
  private let notReady = "examples/not-ready.yaml"

  @Test func aBrokenFileInTheMiddleIsReportedInItsPlace() throws {
    let folder = try CommandRunner.folder(["bad.yaml": "snapshot_version: 1\ncontract: {id: x\n"])
    let bad = folder.appending(path: "bad.yaml").path
    let batch = try CommandRunner.run(["check", ready, bad, notReady, "--color", "never"])
    #expect(batch.status == 2)
    let alone = try [ready, bad, notReady].map {
      try CommandRunner.run(["check", $0, "--color", "never"]).stdout
    }
    #expect(
      batch.stdout == alone.joined() + "3 snapshots: 1 ready, 1 not ready, 1 could not be checked\n\n")
    #expect(batch.stdout.contains("    contract: {id: x\n              ^\n"))
  }

  @Test func jsonResultsComeInTheOrderOfTheFiles() throws {
    let output = try CommandRunner.run([
      "check", "--format", "json", notReady, "missing.yaml", "Sources/closeout", ready, "--fail-on", "never",
    ])
    #expect(output.status == 2)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(document["results"] as? [[String: Any]])
    #expect(
      results.map { $0["snapshot"] as? String } == [notReady, "missing.yaml", "Sources/closeout", ready])
    let messages = results[1...2].map { (($0["errors"] as? [[String: Any]])?.first?["message"]) as? String }
    #expect(
      messages == [
        "cannot read the snapshot 'missing.yaml'",
        "'Sources/closeout' holds no snapshot file (*.yaml, *.yml, *.json, *.ndjson)",
      ])
  }

  @Test func optionsMayComeBeforeBetweenOrAfterTheFiles() throws {
    let files = (0..<200).map { [ready, notReady][$0 % 2] }
    let output = try CommandRunner.run(
      ["check", "--format", "json"] + files[..<50] + ["--fail-on", "never"] + files[50...] + ["--no-validate"]
    )
    #expect(output.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(document["results"] as? [[String: Any]])
    #expect(results.map { $0["snapshot"] as? String } == files)
  }

  @Test func afterTheTerminatorEveryWordIsAFile() throws {
    let output = try CommandRunner.run(["check", ready, "--", "--format", "-x", "check"])
    #expect(output.status == 2)
    let headers = output.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") }
    #expect(
      headers == [
        "✓ \(ready) (contract ct-2117): ready to request the end (0 blockers, 0 warnings, 0 advice)",
        "✗ --format: could not be checked", "✗ -x: could not be checked", "✗ check: could not be checked",
      ])
  }

  @Test func wordsAfterAnOptionAreItsValueNotFiles() throws {
    let output = try CommandRunner.run(["check", ready, "--format", "json", notReady, "--explain"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("Missing value for '--explain <rule>'"))
    #expect(try CommandRunner.run(["check", "--format", "xml", ready, notReady]).status == 2)
  }

  @Test func standardInputMaySitAmongTheFiles() throws {
    let text = try String(contentsOf: CommandRunner.repository.appending(path: notReady), encoding: .utf8)
    let output = try CommandRunner.run(["check", ready, "-", ready, "--fail-on", "never"], input: text)
    #expect(output.status == 0)
    #expect(output.stdout.contains("✗ - (contract ct-1042): not ready to end"))
    #expect(output.stdout.hasSuffix("3 snapshots: 2 ready, 1 not ready\n\n"))
    #expect(try CommandRunner.run(["check", ready, "-", ready, "-"]).status == 2)
  }

  @Test func timingsStillSeeEverySnapshot() throws {
    let output = try CommandRunner.run(["check", ready, notReady, "--timings", "--fail-on", "never"])
    #expect(output.status == 0)
    #expect(output.stderr.contains("over 2 snapshots"))
  }

  /// The first file's report is on standard output while a later one (standard input that never
  /// ends) still holds the batch up: nothing already decided waits for the end of the batch.
  @Test func eachFilesReportIsWrittenBeforeTheNextFileIsRead() throws {
    let output = try CommandRunner.runUntilOutput(
      ["check", ready, "-", "--color", "never"], contains: "ready to request the end", seconds: 20)
    #expect(output.stillRunning)
    #expect(output.stdout.hasPrefix("✓ \(ready) (contract ct-2117): ready to request the end"))
  }
}
