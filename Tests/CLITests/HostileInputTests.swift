import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The real binary on the hostile snapshots and rule files of `Hostile/`: whatever the input, it
/// exits with 0, 1 or 2 within a few seconds, lets no control character, line separator or bidi
/// control reach text output, and writes JSON, NDJSON and SARIF that parse and HTML whose elements
/// are all its own.
///
/// Each file is named after what it attacks; `rules-*.yaml` are rule files, the rest snapshots.
@Suite(.serialized) struct HostileInputTests {
  /// The hostile files, by path from the repository's root.
  static let files: [String] = {
    let folder = CommandRunner.repository.appending(path: "Tests/CLITests/Hostile")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { "Tests/CLITests/Hostile/" + $0 }
  }()
  static let snapshots = files.filter { !isRuleFile($0) }
  static let ruleFiles = files.filter(isRuleFile)

  static func isRuleFile(_ path: String) -> Bool {
    path.split(separator: "/").last?.hasPrefix("rules-") == true
  }

  /// Seconds a run may take: a few, with room for a debug build on a busy machine.
  static let timeLimit = 10.0

  @Test func theCorpusHasSnapshotsAndRuleFiles() {
    #expect(Self.snapshots.count >= 12)
    #expect(Self.ruleFiles.count >= 5)
  }

  @Test(
    arguments: snapshots,
    ["text", "json", "ics", "ndjson", "github", "tap", "junit", "markdown", "checkstyle", "sarif", "html"])
  func checkingASnapshot(file: String, format: String) throws {
    let output = try CommandRunner.run(["check", file, "--format", format], timeLimit: Self.timeLimit)
    expectSafe(output, format: format)
  }

  /// A rule that quotes the contract, its messages and tasks.
  @Test(arguments: snapshots)
  func explainingARuleOnASnapshot(file: String) throws {
    let output = try CommandRunner.run(
      ["explain", "communicate-before-request", file], timeLimit: Self.timeLimit)
    expectSafe(output, format: "text")
  }

  @Test(arguments: ruleFiles, ["text", "json", "sarif"])
  func lintingARuleFile(file: String, format: String) throws {
    let output = try CommandRunner.run(
      ["rules", "lint", file, "--format", format], timeLimit: Self.timeLimit)
    expectSafe(output, format: format)
  }

  @Test(arguments: ruleFiles, ["text", "json", "ics", "ndjson", "github", "tap", "sarif"])
  func checkingWithARuleFile(file: String, format: String) throws {
    let output = try CommandRunner.run(
      ["check", "examples/not-ready.yaml", "--rules", file, "--format", format], timeLimit: Self.timeLimit)
    expectSafe(output, format: format)
  }

  @Test(arguments: ruleFiles)
  func explainingWithARuleFile(file: String) throws {
    // Each rule's id as the file spells it (read as text: the file may not load), and an id with
    // control characters of its own, which the error message quotes.
    let url = CommandRunner.repository.appending(path: file)
    let text = String(decoding: try FileHandle(forReadingFrom: url).readToEnd() ?? Data(), as: UTF8.self)
    let rules = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\nrules:")
      .dropFirst().joined()
    let ids = rules.split(whereSeparator: \.isNewline).compactMap { line in
      line.split(separator: "- id: ", maxSplits: 1).dropFirst().first.map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
      }
    }
    #expect(!ids.isEmpty)
    for id in ids + ["bad\u{1B}[31m-id\u{202E}\n✓ ready"] {
      let output = try CommandRunner.run(
        ["explain", id, "examples/not-ready.yaml", "--rules", file], timeLimit: Self.timeLimit)
      expectSafe(output, format: "text")
    }
  }

  /// The properties every run must have, whatever its input.
  func expectSafe(
    _ output: CommandRunner.Output, format: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!output.signalled, "ended on signal \(output.status)", sourceLocation: sourceLocation)
    #expect(
      [0, 1, 2].contains(output.status), "exit status \(output.status)", sourceLocation: sourceLocation)
    #expect(output.seconds < Self.timeLimit, "took \(output.seconds) s", sourceLocation: sourceLocation)
    #expect(
      String(data: output.stderrData, encoding: .utf8) != nil, "stderr is not UTF-8",
      sourceLocation: sourceLocation)
    #expect(
      String(data: output.stdoutData, encoding: .utf8) != nil, "stdout is not UTF-8",
      sourceLocation: sourceLocation)
    #expect(
      Self.unsafeCharacters(in: output.stderr).isEmpty,
      "stderr has \(Self.unsafeCharacters(in: output.stderr))", sourceLocation: sourceLocation)
    switch format {
    case "json", "sarif":
      #expect(
        (try? JSONSerialization.jsonObject(with: output.stdoutData)) != nil,
        "\(format) output does not parse",
        sourceLocation: sourceLocation)
    case "ndjson":
      for line in output.stdout.split(separator: "\n") {
        #expect(
          (try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "a line does not parse: \(line)",
          sourceLocation: sourceLocation)
      }
    case "junit", "checkstyle":
      #expect(
        (try? XMLDocument(data: output.stdoutData)) != nil, "\(format) output does not parse",
        sourceLocation: sourceLocation)
      let found = Self.unsafeCharacters(in: output.stdout)
      #expect(found.isEmpty, "stdout has \(found)", sourceLocation: sourceLocation)
    case "html":
      // One page whose elements are all the reporter's: none opened or closed by snapshot text.
      let html = output.stdout
      #expect(
        html.hasPrefix("<!doctype html>\n") && html.hasSuffix("</html>\n"), "not one page",
        sourceLocation: sourceLocation)
      for element in ["details", "bdi", "li", "p", "code", "span"] {
        let opened =
          html.components(separatedBy: "<\(element)>").count
          + html.components(separatedBy: "<\(element) ").count - 2
        let closed = html.components(separatedBy: "</\(element)>").count - 1
        #expect(
          opened == closed, "\(opened) <\(element)> but \(closed) closed", sourceLocation: sourceLocation)
      }
      for forbidden in ["<script", "<img", "<a ", "<iframe", "<svg", "<b>"] {
        #expect(!html.contains(forbidden), "html has \(forbidden)", sourceLocation: sourceLocation)
      }
      let found = Self.unsafeCharacters(in: html)
      #expect(found.isEmpty, "stdout has \(found)", sourceLocation: sourceLocation)
    default:
      // iCalendar ends its lines with CR LF; text output with LF alone.
      let found = Self.unsafeCharacters(in: output.stdout, crlf: format == "ics")
      #expect(found.isEmpty, "stdout has \(found)", sourceLocation: sourceLocation)
    }
  }

  /// The characters of `text` that must not reach a terminal, as `U+XXXX` with the text before
  /// them: C0 controls but LF and TAB (and CR before LF when `crlf`), DEL and C1 controls, the
  /// line and paragraph separators and the bidirectional controls.
  static func unsafeCharacters(in text: String, crlf: Bool = false) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var found: [String] = []
    for (index, scalar) in scalars.enumerated() {
      let value = scalar.value
      let allowed: Bool
      switch value {
      case 0x0A, 0x09: allowed = true
      case 0x0D: allowed = crlf && index + 1 < scalars.count && scalars[index + 1] == "\n"
      case 0x00..<0x20, 0x7F...0x9F: allowed = false
      case 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: allowed = false
      default: allowed = true
      }
      if !allowed {
        let before = String(String.UnicodeScalarView(scalars[max(0, index - 20)..<index]))
        let hex = String(value, radix: 16, uppercase: true)
        found.append(
          "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) after \(before.debugDescription)")
      }
      if found.count == 5 { break }
    }
    return found
  }
}
