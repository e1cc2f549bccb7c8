import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `check` with rules that cannot be loaded: whatever the format, it exits 2, prints the problems
/// on standard error and writes a well-formed document of the format that describes them, to
/// standard output or to each `--output` file.
@Suite struct RuleErrorFormatsTests {
  private let ready = "examples/ready-to-end.yaml"

  /// A rule directory whose one rule repeats a key in a map literal (line 4, column 66).
  private static func brokenRules() throws -> URL {
    try CommandRunner.folder([
      "rules/r.yaml": """
      steps:
        - {id: a, title: A}
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "{'k': 1, 'k': 2}.size() > 0", message: M}
      """
    ])
  }

  @Test(arguments: [
    "text", "json", "ndjson", "sarif", "junit", "checkstyle", "tap", "github", "markdown", "ics", "html",
  ])
  func everyFormatDescribesBrokenRules(format: String) throws {
    let folder = try Self.brokenRules()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "rules/r.yaml").path
    let output = try CommandRunner.run([
      "check", "--format", format, "--rules", folder.appending(path: "rules").path, ready,
    ])
    #expect(output.status == 2)
    #expect(output.stderr.contains("r.yaml:4:66: error: repeated key in map literal: 'k'"))
    try Self.expectDescribes(output.stdout, format: format, file: file)
  }

  @Test func eachOutputFileGetsItsFormatsDescription() throws {
    let folder = try Self.brokenRules()
    defer { try? FileManager.default.removeItem(at: folder) }
    let junit = folder.appending(path: "junit.xml")
    let sarif = folder.appending(path: "closeout.sarif")
    let output = try CommandRunner.run([
      "check", "--rules", folder.appending(path: "rules").path, "--format", "junit", "--output", junit.path,
      "--format", "sarif", "--output", sarif.path, "--format", "github", ready,
    ])
    #expect(output.status == 2)
    let file = folder.appending(path: "rules/r.yaml").path
    try Self.expectDescribes(try String(contentsOf: junit, encoding: .utf8), format: "junit", file: file)
    try Self.expectDescribes(try String(contentsOf: sarif, encoding: .utf8), format: "sarif", file: file)
    try Self.expectDescribes(output.stdout, format: "github", file: file)
  }

  @Test func aBrokenConfigurationAndBrokenWaiversAreDescribedToo() throws {
    let folder = try CommandRunner.folder([
      ".closeout.yaml": "format: [tap]\n", "waivers.yaml": "waivers: 3\n",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let configuration = try CommandRunner.run([
      "check", "--config", folder.appending(path: ".closeout.yaml").path, "--format", "tap", ready,
    ])
    #expect(configuration.status == 2)
    try Self.expectDescribes(
      configuration.stdout, format: "tap", file: folder.appending(path: ".closeout.yaml").path)
    let waivers = try CommandRunner.run([
      "check", "--no-config", "--waivers", folder.appending(path: "waivers.yaml").path, "--format",
      "checkstyle",
      ready,
    ])
    #expect(waivers.status == 2)
    try Self.expectDescribes(
      waivers.stdout, format: "checkstyle", file: folder.appending(path: "waivers.yaml").path)
  }

  /// Checks that `text` parses as `format` and names the problem's `file`.
  private static func expectDescribes(
    _ text: String, format: String, file: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    switch format {
    case "text":
      #expect(text.isEmpty, sourceLocation: sourceLocation)
      return
    case "json", "sarif":
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(format) does not parse",
        sourceLocation: sourceLocation)
    case "ndjson":
      let lines = text.split(separator: "\n")
      #expect(lines.count == 1, sourceLocation: sourceLocation)
      let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      #expect(document?["rule_errors"] != nil, sourceLocation: sourceLocation)
    case "junit", "checkstyle":
      let root = try XMLDocument(xmlString: text).rootElement()
      #expect(root?.name == (format == "junit" ? "testsuites" : "checkstyle"), sourceLocation: sourceLocation)
    case "tap":
      let lines = text.split(separator: "\n")
      #expect(lines.first == "TAP version 13", sourceLocation: sourceLocation)
      #expect(
        lines.dropFirst().first == "not ok 1 - the rules could not be loaded", sourceLocation: sourceLocation)
      #expect(lines.last == "1..1", sourceLocation: sourceLocation)
    case "github":
      let lines = text.split(separator: "\n")
      #expect(!lines.isEmpty, sourceLocation: sourceLocation)
      for line in lines {
        #expect(
          line.wholeMatch(of: /::error (file=[^,:]+,line=\d+,col=\d+,)?title=[^:]+::.+/) != nil,
          "not a workflow command: \(line)", sourceLocation: sourceLocation)
      }
    case "markdown":
      #expect(
        text.hasPrefix("## Closeout\n\nThe rules could not be loaded:\n\n- "), sourceLocation: sourceLocation)
    case "html":
      #expect(text.hasPrefix("<!doctype html>\n"), sourceLocation: sourceLocation)
      #expect(text.hasSuffix("</body>\n</html>\n"), sourceLocation: sourceLocation)
      #expect(text.contains("The rules could not be loaded"), sourceLocation: sourceLocation)
    case "ics":
      #expect(
        text == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Closeout//Closeout//EN\r\nCALSCALE:GREGORIAN\r\n"
          + "END:VCALENDAR\r\n", sourceLocation: sourceLocation)
      return
    default:
      Issue.record("no check for \(format)", sourceLocation: sourceLocation)
    }
    #expect(text.contains(file), "\(format) does not name \(file)", sourceLocation: sourceLocation)
  }
}
