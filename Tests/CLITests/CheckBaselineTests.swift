import Foundation
import Testing

@Suite struct CheckBaselineTests {
  private let notReady = "examples/not-ready.yaml"

  /// The not-ready example with a funded milestone whose work is complete but never submitted: one
  /// more blocker (`funded-work-not-submitted`) on the same contract.
  private func withNewBlocker() throws -> String {
    let snapshot = try String(
      contentsOfFile: CommandRunner.repository.appending(path: notReady).path, encoding: .utf8)
    return snapshot.replacingOccurrences(
      of: "\nhourly: null\n",
      with: "\n  - {id: m-3, title: Extra screens, amount: 200.00, currency: USD, status: funded,"
        + " work_complete: true, submitted_at: null}\nhourly: null\n")
  }

  /// `check FILE --baseline BASELINE --fail-on blocker` and `arguments`.
  private func check(_ file: String, baseline: URL, _ arguments: [String] = []) throws -> CommandRunner.Output
  {
    try CommandRunner.run(
      ["check", file, "--baseline", baseline.path, "--fail-on", "blocker", "--color", "never"] + arguments)
  }

  @Test func onlyNewFindingsFailTheRun() throws {
    let folder = try CommandRunner.folder(["changed.yaml": try withNewBlocker()])
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appending(path: "baseline.json")

    let first = try check(notReady, baseline: baseline)
    #expect(first.status == 1)
    #expect(first.stderr.contains("closeout: wrote 6 findings to the baseline '\(baseline.path)'"))
    let written = try String(contentsOf: baseline, encoding: .utf8)
    #expect(written.hasPrefix("{\n  \"version\": 1,\n  \"generated_at\": \""))
    #expect(written.contains("\"fingerprint\": \"00491b8e7e295017\",\n      \"contract\": \"ct-1042\""))

    let second = try check(notReady, baseline: baseline)
    #expect(second.status == 0)
    #expect(second.stdout.contains("(0 blockers, 0 warnings, 0 advice, 6 in baseline)"))
    #expect(
      second.stdout.contains("blocker Keep payment on the platform [off-platform-payment] (in baseline)"))
    #expect(second.stderr.isEmpty)
    #expect(try String(contentsOf: baseline, encoding: .utf8) == written)

    let changed = try check(folder.appending(path: "changed.yaml").path, baseline: baseline)
    #expect(changed.status == 1)
    #expect(changed.stdout.contains("(1 blocker, 0 warnings, 0 advice, 6 in baseline)"))
    #expect(changed.stdout.contains("[funded-work-not-submitted]\n"))
    #expect(
      try check(folder.appending(path: "changed.yaml").path, baseline: baseline, ["--format", "json"])
        .stdout.contains("\"baseline\": {\n    \"fixed\": 0\n  }"))
  }

  @Test func fixedFindingsAreCountedAndUpdateBaselineRewritesTheFile() throws {
    let folder = try CommandRunner.folder(["changed.yaml": try withNewBlocker()])
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appending(path: "baseline.json")
    let changed = folder.appending(path: "changed.yaml").path
    #expect(try check(changed, baseline: baseline).stderr.contains("wrote 7 findings"))

    let fixed = try check(notReady, baseline: baseline, ["--format", "json"])
    #expect(fixed.status == 0)
    #expect(
      fixed.stderr.contains(
        "closeout: 1 finding of the baseline '\(baseline.path)' no longer fires (fixed); --update-baseline"
          + " removes them from it"))
    #expect(fixed.stdout.contains("\"baseline\": {\n    \"fixed\": 1\n  }"))
    #expect(fixed.stdout.contains("\"baseline\": true"))

    let updated = try check(notReady, baseline: baseline, ["--update-baseline"])
    #expect(updated.status == 1)
    #expect(updated.stderr.contains("wrote 6 findings"))
    #expect(try check(notReady, baseline: baseline).stderr.isEmpty)
  }

  @Test func sarifSaysWhichFindingsAreNew() throws {
    let folder = try CommandRunner.folder(["changed.yaml": try withNewBlocker()])
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appending(path: "baseline.json")
    _ = try check(notReady, baseline: baseline)
    let sarif = try check(
      folder.appending(path: "changed.yaml").path, baseline: baseline, ["--format", "sarif"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let results = try #require(
      ((document["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
    let states = Dictionary(
      uniqueKeysWithValues: results.map {
        ($0["ruleId"] as? String ?? "", $0["baselineState"] as? String ?? "")
      })
    #expect(states["funded-work-not-submitted"] == "new")
    #expect(states["client-agreement"] == "unchanged")
    #expect(states.values.filter { $0 == "unchanged" }.count == 6)
  }

  @Test func theConfigurationNamesTheBaselineRelativeToItsFolder() throws {
    let folder = try CommandRunner.folder(["team/.closeout.yaml": "baseline: known.json\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appending(path: "team/.closeout.yaml").path
    let first = try CommandRunner.run(["check", notReady, "--config", config])
    #expect(first.status == 1)
    #expect(FileManager.default.fileExists(atPath: folder.appending(path: "team/known.json").path))
    #expect(try CommandRunner.run(["check", notReady, "--config", config]).status == 0)
    let updated = try CommandRunner.run(["check", notReady, "--config", config, "--update-baseline"])
    #expect(updated.stderr.contains("wrote 6 findings"))
  }

  @Test func aMalformedBaselineExitsTwoWithLocatedErrorsBeforeChecking() throws {
    let folder = try CommandRunner.folder([
      "baseline.json": "{\"version\": 1, \"generated_at\": \"2026-11-20T09:30:00Z\", \"findings\": [\n"
        + "  {\"fingerprint\": \"142e99373953c3f4\", \"contract\": \"ct-1042\", \"rule\": \"r\"}\n]}\n"
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let baseline = folder.appending(path: "baseline.json")
    let output = try check(notReady, baseline: baseline)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(
      output.stderr.contains(
        "baseline.json:2:3: error: a baseline finding is missing the required key 'severity'"))
    let usage = try CommandRunner.run(["check", notReady, "--update-baseline"])
    #expect(usage.status == 2)
    #expect(
      usage.stderr.contains("--update-baseline needs --baseline FILE (or 'baseline' in .closeout.yaml)."))
  }
}
