import Foundation
import Testing

/// `--format` repeated, each `--output FILE` writing the report of the `--format` before it: one
/// check feeds every report.
@Suite struct ReportDestinationTests {
  private let notReady = "examples/not-ready.yaml"

  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func eachOutputTakesTheReportOfTheFormatBeforeIt() throws {
    let directory = try scratch()
    let json = directory.appendingPathComponent("report.json").path
    let calendar = directory.appendingPathComponent("deadlines.ics").path
    let output = try CommandRunner.run([
      "check", notReady, "--no-config", "--format", "json", "--output", json, "--format", "text",
      "--format=ics", "--output=\(calendar)",
    ])
    #expect(output.status == 1, "\(output.stderr)")
    #expect(output.stdout.hasPrefix("✗ examples/not-ready.yaml (contract ct-1042): not ready to end"))
    let document = try String(contentsOfFile: json, encoding: .utf8)
    #expect(document.hasPrefix("{\n  \"version\": 2,"))
    #expect(document.contains("\"snapshot\": \"examples/not-ready.yaml\""))
    #expect(try String(contentsOfFile: calendar, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR\r\n"))
    // The same check fed both: the text's findings are the JSON's.
    let single = try CommandRunner.run(["check", notReady, "--no-config", "--format", "json"])
    #expect(single.stdout == document)
  }

  @Test func anOutputAloneTakesTheDefaultFormat() throws {
    let file = try scratch().appendingPathComponent("checklist.txt").path
    let output = try CommandRunner.run(["check", notReady, "--no-config", "--output", file])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("✗ examples/not-ready.yaml"))
  }

  @Test(arguments: [
    (["--format", "json", "--format", "text"], "At most one --format can go to standard output"),
    (["--output", "x.txt", "--format", "json"], "--output x.txt must follow the --format it writes"),
    (
      ["--format", "json", "--output", "a", "--output", "b"], "--output b must follow the --format it writes"
    ),
    (["--format", "json", "--output", "a", "--format", "ics", "--output", "a"], "Two reports cannot go to"),
  ])
  func usageMistakesExitWithTwo(arguments: [String], message: String) throws {
    let output = try CommandRunner.run(["check", notReady, "--no-config"] + arguments)
    #expect(output.status == 2)
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  @Test func aFileThatCannotBeWrittenIsAnErrorBeforeAnythingIsChecked() throws {
    let output = try CommandRunner.run([
      "check", notReady, "--no-config", "--format", "json", "--output", "/nonexistent/dir/report.json",
    ])
    #expect(output.status == 2)
    #expect(output.stderr == "error: cannot write the report to '/nonexistent/dir/report.json'\n")
    #expect(output.stdout.isEmpty)
  }
}
