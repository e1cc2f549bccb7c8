import Foundation
import Testing

/// Text from snapshots, rule files and file names never reaches the terminal raw: a control
/// character could move the cursor, recolour the screen, reorder a line or forge one.
@Suite struct TerminalEscapingTests {
  /// Whether `text` holds a character that `TerminalText` escapes (tab and line feed aside).
  private static func rawControls(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x09, 0x0A: false
      case 0..<0x20, 0x7F...0x9F: true
      case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
  }

  /// The default rules with a hostile title and next step for `reflect-after-end`, a hostile test
  /// case name and a test file whose name holds an escape; and a snapshot whose contract id forges
  /// a verdict line.
  private static func hostileFolder() throws -> URL {
    let rules = CommandRunner.repository.appending(path: "rules")
    var files: [String: String] = [:]
    for folder in ["", "tests/", "tests/snapshots/"] {
      let names = try FileManager.default.contentsOfDirectory(atPath: rules.appending(path: folder).path)
      for name in names where name.hasSuffix(".yaml") {
        files["rules/" + folder + name] = try String(
          contentsOf: rules.appending(path: folder + name), encoding: .utf8)
      }
    }
    files["rules/reflect.yaml"] = try #require(files["rules/reflect.yaml"])
      .replacingOccurrences(
        of: "    title: Reflect on how the contract went",
        with: #"    title: "Reflect \e[31m on\u202E it\x85 and \u2028 line""#)
    let tests = try #require(files["rules/tests/reflect.yaml"])
      .replacingOccurrences(
        of: "  - name: an ended contract without a reflection section",
        with: #"  - name: "an ended \e[31m contract\n✓ forged case\u202E""#)
    files["rules/tests/reflect.yaml"] = tests.replacingOccurrences(
      of: "    verdict: ready\n", with: "    verdict: not_ready\n")
    files["rules/tests/re\u{1B}[31mx.yaml"] = """
      cases:
        - name: plain
          snapshot:
            snapshot_version: 1
            as_of: 2026-11-20T10:00:00Z
            contract: {id: ct-1, kind: hourly, status: active}
          silent: [reflect-after-end]

      """
    files["snap.yaml"] = """
      snapshot_version: 1
      as_of: 2026-11-20T10:00:00Z
      contract: {id: "ct-9\\n✓ evil.yaml (contract ct-9): ready to end\\e[2J", kind: hourly, status: ended,
        ended_at: 2026-11-18T10:00:00Z}

      """
    files["bad\u{9B}.yaml"] = "snapshot_version: 1\nkey\u{1B}[2J: [1,\n"
    return try CommandRunner.folder(files)
  }

  private func run(_ arguments: [String], in folder: URL) throws -> CommandRunner.Output {
    try CommandRunner.run(arguments.map { $0.replacingOccurrences(of: "DIR", with: folder.path) })
  }

  @Test func checkEscapesTheVerdictFindingsNextAndErrors() throws {
    let folder = try Self.hostileFolder()
    let output = try run(
      ["check", "DIR/snap.yaml", "DIR/bad\u{9B}.yaml", "--rules", "DIR/rules", "--color", "never"], in: folder
    )
    #expect(Self.rawControls(in: output.stdout + output.stderr).isEmpty)
    #expect(!output.stdout.contains("\n✓ evil.yaml"))
    #expect(
      output.stdout.contains("(contract ct-9\\u{A}✓ evil.yaml (contract ct-9): ready to end\\u{1B}[2J)"))
    #expect(output.stdout.contains("Reflect \\u{1B}[31m on\\u{202E} it\\u{85} and \\u{2028} line"))
    #expect(output.stdout.contains("bad\\u{9B}.yaml"))
  }

  @Test func checkInColourEscapesAllButItsOwnColours() throws {
    let folder = try Self.hostileFolder()
    let output = try run(["check", "DIR/snap.yaml", "--rules", "DIR/rules", "--color", "always"], in: folder)
    let withoutColours = output.stdout.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(Self.rawControls(in: withoutColours).isEmpty)
  }

  @Test func explainAndRulesListEscape() throws {
    let folder = try Self.hostileFolder()
    let explained = try run(
      ["explain", "reflect-after-end", "DIR/snap.yaml", "--rules", "DIR/rules"], in: folder)
    #expect(Self.rawControls(in: explained.stdout + explained.stderr).isEmpty)
    // The rule's condition, written over several lines, is shown on one.
    #expect(
      explained.stdout.contains("  when contract.status == 'ended' && reflection.went_well.trim() == ''"))
    let checked = try run(
      ["check", "DIR/snap.yaml", "--rules", "DIR/rules", "--explain", "reflect-after-end"], in: folder)
    #expect(Self.rawControls(in: checked.stdout + checked.stderr).isEmpty)
    let listed = try run(["rules", "list", "--rules", "DIR/rules"], in: folder)
    #expect(listed.status == 0)
    #expect(Self.rawControls(in: listed.stdout + listed.stderr).isEmpty)
  }

  @Test func rulesTestEscapesCaseNamesFileNamesAndFailures() throws {
    let folder = try Self.hostileFolder()
    let output = try run(["rules", "test", "DIR/rules", "--color", "never"], in: folder)
    #expect(output.status == 1)
    #expect(Self.rawControls(in: output.stdout + output.stderr).isEmpty)
    #expect(output.stdout.contains("an ended \\u{1B}[31m contract\\u{A}✓ forged case\\u{202E}"))
    #expect(!output.stdout.contains("\n✓ forged case"))
    #expect(output.stdout.contains("re\\u{1B}[31mx.yaml: plain"))
  }

  @Test(arguments: ["markdown", "html"])
  func rulesDocCopiesNoRawControls(format: String) throws {
    let folder = try Self.hostileFolder()
    let output = try run(["rules", "doc", "DIR/rules", "--format", format], in: folder)
    #expect(output.status == 0)
    #expect(Self.rawControls(in: output.stdout).isEmpty)
    #expect(output.stdout.contains("\\u{1B}"))
  }
}
