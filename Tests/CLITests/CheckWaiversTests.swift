import Foundation
import Testing

@Suite struct CheckWaiversTests {
  private let notReady = "examples/not-ready.yaml"
  private let blockers = [
    "client-agreement", "off-platform-payment", "finish-outstanding-tasks", "milestone-awaiting-approval",
    "open-dispute",
  ]

  private func waivers(_ rules: [String], expires: String = "2026-12-31") -> String {
    rules.map {
      "- {rule: \($0), contract: ct-1042, reason: Agreed on a call, accepted_by: Ana Ruiz, expires: \(expires)}\n"
    }.joined()
  }

  /// `check` on the not-ready example with the waiver file `file` and `arguments`.
  private func check(_ file: String, _ arguments: [String] = []) throws -> CommandRunner.Output {
    let folder = try CommandRunner.folder(["w.yaml": file])
    defer { try? FileManager.default.removeItem(at: folder) }
    return try CommandRunner.run(
      ["check", notReady, "--waivers", folder.appending(path: "w.yaml").path, "--color", "never"] + arguments)
  }

  @Test func waivedBlockersDoNotFailTheRun() throws {
    let output = try check(waivers(blockers))
    #expect(output.status == 0)
    #expect(output.stdout.contains("(0 blockers, 0 warnings, 1 advice, 5 waived)"))
    #expect(output.stdout.contains("waived  Keep payment on the platform [off-platform-payment]"))
    #expect(
      output.stdout.contains("waived blocker: Agreed on a call — accepted by Ana Ruiz, until 2026-12-31"))
    #expect(try check(waivers(blockers), ["--fail-on", "advice"]).status == 1)
    #expect(try check(waivers(Array(blockers.dropLast()))).status == 1)
  }

  @Test func expiredAndUnusedWaiversAreWarningsThatDoNotChangeTheStatus() throws {
    let output = try check(waivers(["open-dispute"], expires: "2026-11-01") + waivers(["feedback-window"]))
    #expect(output.status == 1)
    #expect(
      output.stdout.contains(
        "warning: the waiver of 'open-dispute' for contract 'ct-1042' expired on 2026-11-01"))
    #expect(
      output.stdout.contains("warning: the waiver of 'feedback-window' for contract 'ct-1042' is unused"))
    let unused = try check(waivers(["feedback-window"]), ["--fail-on", "never"])
    #expect(unused.status == 0)
  }

  @Test func jsonShowsTheWaiverOfAFindingAndTheWarnings() throws {
    let output = try check(waivers(["off-platform-payment", "feedback-window"]), ["--format", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let result = try #require((document["results"] as? [[String: Any]])?.first)
    #expect(result["waived"] as? Int == 1)
    #expect((result["counts"] as? [String: Int])?["blocker"] == 4)
    let findings = try #require((result["steps"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
    let waived = try #require(findings.first { $0["rule"] as? String == "off-platform-payment" })
    #expect(
      waived["waived"] as? [String: String]
        == ["reason": "Agreed on a call", "accepted_by": "Ana Ruiz", "expires": "2026-12-31"])
    let warnings = try #require(result["warnings"] as? [[String: Any]])
    #expect(warnings.map { $0["line"] as? Int } == [2])
  }

  @Test func aBrokenWaiverFileExitsTwoWithLocatedErrors() throws {
    let output = try check(
      "- {rule: open-dispute, contract: ct-1042, reasn: R, accepted_by: A, expires: 2026-12-31}\n")
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("w.yaml:1:3: error: a waiver is missing the required key 'reason'"))
    #expect(output.stderr.contains("w.yaml:1:43: error: unknown key 'reasn' in a waiver"))
    #expect(output.stderr.contains("hint: did you mean 'reason'?"))
    let missing = try CommandRunner.run(["check", notReady, "--waivers", "no-such-waivers.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read the waiver file 'no-such-waivers.yaml'"))
  }

  @Test func aSnapshotCarriesItsOwnWaivers() throws {
    let snapshot = try String(
      contentsOfFile: CommandRunner.repository.appending(path: notReady).path, encoding: .utf8)
    let folder = try CommandRunner.folder([
      "s.yaml": snapshot
        + "waivers:\n"
        + blockers.map { "  - {rule: \($0), reason: Fine, accepted_by: Ana, expires: 2027-01-01}\n" }.joined()
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try CommandRunner.run(["check", folder.appending(path: "s.yaml").path, "--color", "never"])
    #expect(output.status == 0)
    #expect(output.stdout.contains("5 waived"))
  }

  @Test func theConfigurationNamesTheWaiverFileRelativeToItsFolderAndTheCommandLineWins() throws {
    let notReady = CommandRunner.repository.appending(path: self.notReady).path
    let folder = try CommandRunner.folder([
      "team/closeout.yaml": "waivers: accepted/w.yaml\n", "team/accepted/w.yaml": waivers(blockers),
      "other.yaml": waivers(["feedback-window"]), "broken/closeout.yaml": "waivers: {file: w.yaml}\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let configured = try CommandRunner.run(
      ["check", "--config", "team/closeout.yaml", notReady, "--color", "never"], in: folder)
    #expect(configured.status == 0, "\(configured.stderr)")
    #expect(configured.stdout.contains("5 waived"))
    let overridden = try CommandRunner.run(
      ["check", "--config", "team/closeout.yaml", "--waivers", "other.yaml", notReady, "--color", "never"],
      in: folder)
    #expect(overridden.status == 1)
    #expect(!overridden.stdout.contains("5 waived"))
    #expect(overridden.stdout.contains("is unused"))
    let broken = try CommandRunner.run(["check", "--config", "broken/closeout.yaml", notReady], in: folder)
    #expect(broken.status == 2)
    #expect(
      broken.stderr.contains("broken/closeout.yaml:1:10: error: 'waivers' must be a string, not a mapping"))
  }
}
