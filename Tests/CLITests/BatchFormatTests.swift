import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `check --format junit|markdown|html|checkstyle` on the examples and an unreadable file, read back
/// as the tools that consume them would: JUnit XML by `junitparser` (from PyPI), Checkstyle XML by
/// an XML parser, Markdown and HTML line by line (`HTMLRenderingTests` renders the page).
@Suite struct BatchFormatTests {
  /// The examples, in the order the shell would expand `examples/*.yaml examples/*.json`.
  static let examples: [String] = {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: CommandRunner.repository.appending(path: "examples").path)) ?? []
    let yaml = names.filter { $0.hasSuffix(".yaml") }.sorted()
    let json = names.filter { $0.hasSuffix(".json") }.sorted()
    return (yaml + json).map { "examples/" + $0 }
  }()

  /// Whether `python3` can import `junitparser`.
  static let hasJUnitParser = (try? python(["-c", "import junitparser"]).status) == 0

  /// Run when junitparser is there, and always on CI (where a missing junitparser is a failure).
  static let readsJUnit = hasJUnitParser || ProcessInfo.processInfo.environment["CI"] != nil

  @Test(
    .enabled(
      if: readsJUnit,
      "junitparser is not installed (python3 -m pip install junitparser; set CI to make this fail)"))
  func junitParsesWithASuitePerSnapshotAndACasePerRule() throws {
    let output = try CommandRunner.run(["check", "--format", "junit"] + Self.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let folder = try CommandRunner.folder(["report.xml": output.stdout])
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      import sys
      from junitparser import JUnitXml, Failure, Error
      xml = JUnitXml.fromfile(sys.argv[1])
      for suite in xml:
          failed = [case.name.split(":")[0] for case in suite for r in case.result if isinstance(r, Failure)]
          errors = [case.name for case in suite for r in case.result if isinstance(r, Error)]
          print(suite.name, suite.tests, suite.failures, suite.errors, ",".join(failed), ",".join(errors), sep="|")
      """
    let parsed = try Self.python(["-c", script, folder.appending(path: "report.xml").path])
    #expect(parsed.status == 0, "\(parsed.stderr)")
    let suites = parsed.stdout.split(separator: "\n").map {
      $0.split(separator: "|", omittingEmptySubsequences: false)
    }
    #expect(suites.count == Self.examples.count + 1)
    let notReady = try #require(suites.first { $0[0] == "examples/not-ready.yaml (ct-1042)" })
    #expect(
      notReady[2...4] == [
        "6", "0",
        "client-agreement,off-platform-payment,finish-outstanding-tasks,milestone-awaiting-approval,open-dispute,handover-docs",
      ])
    #expect(suites.last?.map(String.init) == ["missing.yaml", "1", "0", "1", "", "read the snapshot"])
    let ruleCount = try #require(Int(notReady[1]))
    #expect(suites.dropLast().allSatisfy { $0[1] == "\(ruleCount)" && $0[3] == "0" })
  }

  @Test func markdownHasARowPerSnapshotAndTheChecklistOfEachNotReady() throws {
    let output = try CommandRunner.run(["check", "--format", "markdown"] + Self.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.prefix(3) == ["## Closeout", "", "8 snapshots: 6 ready, 1 not ready, 1 could not be checked"])
    let rows = lines.filter { $0.hasPrefix("| examples/") || $0.hasPrefix("| missing") }
    #expect(rows.count == Self.examples.count + 1)
    #expect(rows.contains("| examples/not-ready.yaml | ct-1042 | ✗ not ready to end | 5 | 0 | 1 |"))
    #expect(
      lines.filter { $0.hasPrefix("### ") } == [
        "### examples/not-ready.yaml (contract ct-1042): not ready to end",
        "### missing.yaml: could not be checked",
      ])
    #expect(lines.contains("- [ ] Talk to the client about ending — blocked"))
    #expect(
      lines.contains("  - **blocker** Get the client's agreement to end the contract `client-agreement`\\"))
  }

  @Test func htmlHasTheTallyTheChartAndAChecklistPerSnapshot() throws {
    let output = try CommandRunner.run(["check", "--format", "html"] + Self.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let html = output.stdout
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">\n"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<p>8 contracts checked</p>"))
    #expect(html.contains("<strong>6</strong> ready</li>"))
    #expect(html.contains("<strong>1</strong> not ready</li>"))
    #expect(html.contains("<strong>1</strong> could not be read</li>"))
    let lines = html.split(separator: "\n")
    #expect(lines.count { $0.hasPrefix("<details class=\"contract ") } == Self.examples.count + 1)
    #expect(
      lines.filter { $0.hasPrefix("<details") && $0.hasSuffix(" open>") } == [
        "<details class=\"contract not-ready\" open>", "<details class=\"contract unreadable\" open>",
      ])
    let chart = lines.filter { $0.hasPrefix("<li><span class=\"rule\">") }
    #expect(chart.count == 7)
    #expect(chart.first?.contains("<code>client-agreement</code>") == true)
    #expect(chart.first?.hasSuffix("<span class=\"count\">blocks 1 of 8</span></li>") == true)
    #expect(chart.contains { $0.contains("<code>feedback-window</code>") && $0.contains(">warns 2 of 8<") })
    #expect(
      html.contains("<bdi>examples/not-ready.yaml</bdi> <span class=\"id\">contract <bdi>ct-1042</bdi>"))
    #expect(html.contains("<bdi>cannot read the snapshot &#39;missing.yaml&#39;</bdi>"))
  }

  @Test func checkstyleParsesWithAFilePerSnapshot() throws {
    let output = try CommandRunner.run(
      ["check", "--format", "checkstyle"] + Self.examples + ["missing.yaml"])
    #expect(output.status == 2)
    let root = try #require(try XMLDocument(xmlString: output.stdout).rootElement())
    #expect(root.attribute(forName: "version")?.stringValue == "4.3")
    let files = root.elements(forName: "file")
    #expect(
      files.compactMap { $0.attribute(forName: "name")?.stringValue } == Self.examples + ["missing.yaml"])
    let notReady = try #require(
      files.first { $0.attribute(forName: "name")?.stringValue == "examples/not-ready.yaml" })
    let errors = notReady.elements(forName: "error")
    #expect(
      errors.map { $0.attribute(forName: "severity")?.stringValue } == [
        "error", "error", "error", "error", "error", "info",
      ])
    #expect(errors.first?.attribute(forName: "source")?.stringValue == "closeout.client-agreement")
    // Each at the first place its finding points at: the agreement, the word "save the fees", the
    // task, the milestone, the dispute and the handover section.
    let lines: [String] = errors.compactMap { $0.attribute(forName: "line")?.stringValue }
    #expect(lines == ["37", "33", "40", "56", "65", "70"])
    #expect(
      files.last?.elements(forName: "error").first?.attribute(forName: "source")?.stringValue
        == "closeout.snapshot")
  }

  /// Runs `python3 ARGUMENTS`.
  static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }
}

/// `check --format tap` read back by tap.py (from PyPI), the TAP 13 reader the issue names.
@Suite struct TAPReadBackTests {
  /// Whether `python3` can import tap.py with its YAML support.
  static let hasTapPy =
    (try? BatchFormatTests.python(["-c", "import tap, yaml, more_itertools"]).status) == 0

  @Test(
    .enabled(
      if: hasTapPy || ProcessInfo.processInfo.environment["CI"] != nil,
      "tap.py is not installed (python3 -m pip install 'tap.py[yaml]'; set CI to make this fail)"))
  func tapPyReadsAPointPerSnapshotWithItsFindings() throws {
    let hostile = "Tests/CLITests/Hostile/forged-verdict.yaml"
    let output = try CommandRunner.run(
      ["check", "--format", "tap"] + BatchFormatTests.examples + ["missing.yaml", hostile])
    let folder = try CommandRunner.folder(["report.tap": output.stdout])
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      import sys
      from tap.parser import Parser
      for line in Parser().parse_file(sys.argv[1]):
          if line.category == "test":
              block = line.yaml_block or {}
              print(line.number, line.ok, line.skip, line.todo, len(block.get("findings", [])), len(block.get("errors", [])), sep="|")
          elif line.category in ("plan", "version"):
              print(line.category)
          else:
              print("unexpected", line.category)
      """
    let parsed = try BatchFormatTests.python(["-c", script, folder.appending(path: "report.tap").path])
    #expect(parsed.status == 0, "\(parsed.stderr)")
    let lines = parsed.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "version" && lines.last == "plan")
    let points = lines.dropFirst().dropLast()
    #expect(points.count == BatchFormatTests.examples.count + 2)
    // No snapshot text turned a point into a SKIP or TODO, and not-ready points carry their findings.
    #expect(points.allSatisfy { $0.split(separator: "|")[2...3] == ["False", "False"] })
    let notReady = BatchFormatTests.examples.firstIndex(of: "examples/not-ready.yaml").map { $0 + 1 }
    #expect(points.contains("\(notReady ?? 0)|False|False|False|6|0"))
    #expect(points.contains("\(BatchFormatTests.examples.count + 1)|False|False|False|0|1"))
  }
}
