import Foundation
import Testing

/// `check --format ndjson|github|tap` on the examples: the real binary, read as a pipeline, GitHub's
/// runner and a TAP harness would read it.
@Suite struct StreamingFormatsTests {
  /// `examples/*.yaml` then `examples/*.json`, as a shell expands them.
  private static let examples: [String] = {
    let folder = CommandRunner.repository.appending(path: "examples")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    return (names.filter { $0.hasSuffix(".yaml") } + names.filter { $0.hasSuffix(".json") }).map {
      "examples/" + $0
    }
  }()

  @Test func ndjsonWritesTheJSONFormatsResultsOneALine() throws {
    #expect(Self.examples.count >= 7)
    let lines = try CommandRunner.run(["check", "--format", "ndjson"] + Self.examples)
    let json = try CommandRunner.run(["check", "--format", "json"] + Self.examples)
    #expect(lines.status == 1 && json.status == 1)
    let document = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
    let results = try #require(document?["results"] as? [[String: Any]])
    let objects = try lines.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(lines.stdout.hasSuffix("}\n"))
    #expect(objects.map { $0["snapshot"] as? String } == Self.examples)
    #expect(objects.map(NSDictionary.init) == results.map(NSDictionary.init))
  }

  @Test func githubAnnotatesTheFindingsAndAnUnreadableFile() throws {
    let output = try CommandRunner.run(["check", "--format", "github"] + Self.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let lines = output.stdout.split(separator: "\n")
    #expect(
      lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice") })
    let agreement: String =
      "::error file=examples/not-ready.yaml,line=37,col=3,title=Get the client's agreement to end the contract "
      + "[client-agreement]::Acme Corp has not agreed to end contract ct-1042.%0ANext: Ask Acme Corp to confirm "
      + "in writing on the platform that ending now works for them. If they have stopped replying altogether, "
      + "request the end with the reason \"client_unresponsive\" instead."
    #expect(lines.contains { $0 == agreement })
    #expect(lines.filter { $0.hasPrefix("::error file=examples/not-ready.yaml,") }.count == 5)
    #expect(
      lines.dropLast().last
        == "::error file=missing.yaml,title=could not be checked::cannot read the snapshot 'missing.yaml'")
    #expect(lines.last == "::notice::8 snapshots: 6 ready, 1 not ready, 1 could not be checked")
  }

  @Test func tapWritesATestPointPerSnapshotAndThePlan() throws {
    let output = try CommandRunner.run(["check", "--format", "tap", "--fail-on", "never"] + Self.examples)
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.first == "TAP version 13")
    #expect(lines.last == "1..\(Self.examples.count)")
    let points = lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }
    #expect(points.count == Self.examples.count)
    #expect(points.contains("ok 6 - examples/ready-to-end.yaml (ct-2117): ready to request the end"))
    #expect(points.contains("not ok 5 - examples/not-ready.yaml (ct-1042): not ready to end"))
    #expect(
      output.stdout.contains(
        """
        not ok 5 - examples/not-ready.yaml (ct-1042): not ready to end
          ---
          findings:
            - severity: blocker
              rule: "client-agreement"
              message: "Acme Corp has not agreed to end contract ct-1042."
        """))
    #expect(lines.filter { $0 == "  ---" }.count == 1 && lines.filter { $0 == "  ..." }.count == 1)
  }

  @Test func aForgedVerdictStaysInsideItsLine() throws {
    let file = "Tests/CLITests/Hostile/forged-verdict.yaml"
    let github = try CommandRunner.run(["check", "--format", "github", file])
    #expect(github.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
    let tap = try CommandRunner.run(["check", "--format", "tap", file])
    #expect(!tap.stdout.contains("\nok"))
    #expect(
      tap.stdout.hasPrefix("TAP version 13\nnot ok 1 - \(file) (ct-1\\\\u{A}✓ examples/ready-to-end.yaml"))
    let ndjson = try CommandRunner.run(["check", "--format", "ndjson", file])
    #expect(ndjson.stdout.filter { $0 == "\n" }.count == 1)
  }
}
