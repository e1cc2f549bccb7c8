import Foundation
import Testing

/// `closeout init`: a snapshot to fill in that `closeout check` accepts as it is.
@Suite struct InitCommandTests {
  /// The text of the file at `url`.
  private func read(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  @Test func theWrittenTemplateIsCheckedWithoutAnError() throws {
    let file = try CommandRunner.folder([:]).appending(path: "contract.yaml")
    let written = try CommandRunner.run(["init", file.path])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(written.stderr == "Wrote \(file.path). Fill it in, then run: closeout check \(file.path)\n")
    let text = try read(file)
    #expect(text.hasPrefix("# A Closeout snapshot."))
    #expect(text.contains("\n  status: active\n"))
    // as_of is now, to the second, in UTC.
    let asOf = try #require(text.firstMatch(of: /\nas_of: (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\n/)?.output.1)
    let time = try #require(ISO8601DateFormatter().date(from: String(asOf)))
    #expect(abs(time.timeIntervalSinceNow) < 120)

    let checked = try CommandRunner.run(["check", file.path, "--color", "never"])
    #expect(checked.status != 2, "\(checked.stdout)\(checked.stderr)")
    #expect(checked.stdout.contains("(contract ct-1042)"))
    #expect(checked.stderr.isEmpty)
  }

  @Test func withoutAFileOrWithADashTheTemplateGoesToStandardOutput() throws {
    for arguments in [["init"], ["init", "-"]] {
      let output = try CommandRunner.run(arguments)
      #expect(output.status == 0)
      #expect(output.stdout.contains("\nsnapshot_version: 1\n"))
      #expect(output.stderr.isEmpty)
      let checked = try CommandRunner.run(["check", "-"], input: output.stdout)
      #expect(checked.status != 2, "\(checked.stdout)")
    }
  }

  @Test func anExistingFileIsOverwrittenOnlyWithForce() throws {
    let folder = try CommandRunner.folder(["mine.yaml": "keep me\n"])
    let file = folder.appending(path: "mine.yaml")
    let refused = try CommandRunner.run(["init", file.path])
    #expect(refused.status == 2)
    #expect(refused.stderr == "error: '\(file.path)' already exists; use --force to overwrite it\n")
    #expect(try read(file) == "keep me\n")

    let interview = try CommandRunner.run(["init", "--interactive", file.path], input: "ct-9\n")
    #expect(interview.status == 2)
    #expect(!interview.stderr.contains("Contract id"), "the questions come after the check")

    let forced = try CommandRunner.run(["init", "--force", file.path])
    #expect(forced.status == 0)
    #expect(try read(file).contains("\nsnapshot_version: 1\n"))
  }

  @Test func answersPipedToInteractiveAreWrittenAndChecked() throws {
    let file = try CommandRunner.folder([:]).appending(path: "answers.yaml")
    let answers = [
      "ct-2001", "Shop migration", "hourly", "paused", "Globex", "Ana Ruiz", "pt", "yes", "", "maybe", "yes",
      "yes", "3", "open", "refund request", "none", "",
    ]
    let output = try CommandRunner.run(
      ["init", "--interactive", file.path], input: answers.joined(separator: "\n") + "\n")
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("Contract id [ct-1042]: ct-2001\n"))
    #expect(output.stderr.contains("  'maybe' is not one of: yes, no\n"))
    #expect(
      output.stderr.hasSuffix("Wrote \(file.path). Fill it in, then run: closeout check \(file.path)\n"))
    let text = try read(file)
    for expected in [
      "\n  id: ct-2001\n", "\n  kind: hourly\n", "\n  status: paused\n", "\nlanguage: pt\n",
      "\nmilestones: []\n", "\n  hours_in_review: 3.0\n", "\n  - kind: refund_request\n",
    ] {
      #expect(text.contains(expected), "missing \(expected.debugDescription)")
    }

    let checked = try CommandRunner.run(["check", file.path, "--color", "never"])
    #expect(checked.status == 1, "\(checked.stdout)")
    #expect(checked.stdout.contains("(contract ct-2001)"))
    #expect(checked.stdout.contains("[open-dispute]"))
  }

  @Test func theEndOfTheAnswersStopsWithoutWritingAFile() throws {
    let file = try CommandRunner.folder([:]).appending(path: "half.yaml")
    let output = try CommandRunner.run(["init", "--interactive", file.path], input: "ct-1\nSite\n")
    #expect(output.status == 2)
    #expect(
      output.stderr.hasSuffix(
        "error: the input ended before the question 'How is the contract paid?' was answered; "
          + "no snapshot was written\n"))
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }

  @Test func anUnwritablePathIsAnError() throws {
    let output = try CommandRunner.run(["init", "/nonexistent-folder/contract.yaml"])
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("error: cannot write '/nonexistent-folder/contract.yaml': "))
  }

  @Test func theHelpSaysWhatInitDoes() throws {
    let output = try CommandRunner.run(["init", "--help"])
    #expect(output.status == 0)
    for expected in ["USAGE: closeout init [<file>] [--force] [--interactive]", "--force", "--interactive"] {
      #expect(output.stdout.contains(expected), "missing \(expected)")
    }
    #expect(try CommandRunner.run(["--help"]).stdout.contains("init "))
  }
}
