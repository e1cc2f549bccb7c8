import Foundation
import Testing
import YAML

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The CI recipes of `examples/ci/` (and the pre-commit hook at the root) run as written: the
/// `closeout` commands they contain are read from them and run against the built binary on the
/// example snapshots, so a recipe cannot drift from the CLI.
@Suite struct RecipeTests {
  private static let repository = CommandRunner.repository

  @Test func theGitHubWorkflowBuildsChecksAndUploadsItsSARIFLog() throws {
    let workflow = try Self.yaml("examples/ci/github-actions.yml")
    let steps = try #require(workflow["jobs"]?["check"]?["steps"]?.sequence)
    let runs = steps.compactMap { $0["run"]?.string }
    #expect(runs.contains { $0.contains("apt-get install -y libyaml-dev") })
    #expect(runs.contains { $0.hasPrefix("swift build") })
    let commands = runs.flatMap(Self.closeoutCommands)
    #expect(commands.count == 1)
    let command = try #require(commands.first)
    let sarif = try #require(Self.value(of: "--output", after: ["--format", "sarif"], in: command))
    #expect(command.contains("github"))
    let upload = try #require(
      steps.first { $0["uses"]?.string?.hasPrefix("github/codeql-action/upload-sarif@") == true })
    #expect(upload["with"]?["sarif_file"]?.string == sarif)
    #expect(upload["if"]?.string?.contains("cancelled()") == true, "upload even when blockers fail the check")

    let folder = try Self.snapshots()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try CommandRunner.run(Array(command.dropFirst()), in: folder)
    #expect(output.status == 1, "the not-ready example has blockers: \(output.stderr)")
    let annotations = output.stdout.split(separator: "\n")
    #expect(!annotations.isEmpty && annotations.allSatisfy { $0.hasPrefix("::") })
    #expect(output.stdout.contains("::error file=contracts/not-ready.yaml,"))
    let log = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: sarif)))
    #expect(((log as? [String: Any])?["runs"] as? [Any])?.count == 1)
  }

  @Test func thePreCommitHookChecksTheStagedSnapshots() throws {
    let hooks = try #require(try Self.yaml(".pre-commit-hooks.yaml").sequence)
    let hook = try #require(hooks.first { $0["id"]?.string == "closeout-check" })
    let entry = try #require(hook["entry"]?.string).split(separator: " ").map(String.init)
    #expect(entry.first == "closeout")
    #expect(["system", "swift"].contains(hook["language"]?.string))
    let hookFiles = try Regex(try #require(hook["files"]?.string))
    for name in ["a.yaml", "b.yml", "c.json", "d.ndjson"] { #expect(name.contains(hookFiles), "\(name)") }
    #expect(!"README.md".contains(hookFiles))

    let configuration = try Self.yaml("examples/ci/pre-commit-config.yaml")
    let used = try #require(configuration["repos"]?[0]?["hooks"]?[0])
    #expect(used["id"]?.string == "closeout-check")
    let files = try Regex(try #require(used["files"]?.string))
    let arguments = (used["args"]?.sequence ?? []).compactMap(\.string)

    let folder = try Self.snapshots(extra: ["README.md": "# notes\n", "docs/x.yaml": "not: a snapshot\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    // pre-commit passes the staged files that `files` matches after the entry and the args.
    let staged = try Self.files(in: folder).filter { $0.contains(files) }
    #expect(staged.count == 7 && staged.allSatisfy { $0.hasPrefix("contracts/") })
    let hookRun = try CommandRunner.run(Array(entry.dropFirst()) + arguments + staged, in: folder)
    #expect(hookRun.status == 0, "\(hookRun.stderr)")
    #expect(hookRun.stdout.contains("contracts/not-ready.yaml"))
    // Without the example's args, a blocker stops the commit; an unreadable snapshot always does.
    #expect(try CommandRunner.run(Array(entry.dropFirst()) + staged, in: folder).status == 1)
    try Data("parties: [\n".utf8).write(to: folder.appending(path: "contracts/broken.yaml"))
    let broken = try CommandRunner.run(
      Array(entry.dropFirst()) + arguments + staged + ["contracts/broken.yaml"], in: folder)
    #expect(broken.status == 2)
  }

  @Test func theNightlyJobWritesItsReportsSumsUpAndExitsWithClosesoutsStatus() throws {
    let folder = try CommandRunner.folder([:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let export = try Self.exampleExport()
    try Data(export.utf8).write(to: folder.appending(path: "export.ndjson"))
    let binary = try #require(CommandRunner.executable).path
    let script = Self.repository.appending(path: "examples/ci/nightly.sh").path
    let bash = URL(fileURLWithPath: "/bin/bash")
    for (arguments, input, jq) in [
      ([script, "export.ndjson"], "", "jq"), ([script], export, "jq"),
      ([script, "export.ndjson"], "", "no-jq"),
    ] {
      let output = try CommandRunner.run(
        arguments, input: input, environment: ["CLOSEOUT": binary, "JOBS": "2", "JQ": jq], in: folder,
        program: bash)
      #expect(output.status == 1, "the not-ready example has blockers: \(output.stderr)")
      #expect(output.stdout.contains("  not_ready: 1\n  ready: 6\n"), "\(jq): \(output.stdout)")
      let results = try String(contentsOf: folder.appending(path: "results.ndjson"), encoding: .utf8)
      #expect(results.split(separator: "\n").count == 7)
      let junit = try XMLDocument(contentsOf: folder.appending(path: "junit.xml"))
      #expect(junit.rootElement()?.name == "testsuites")
    }
    // Broken rules (here a broken configuration) exit 2, and the reports still parse.
    try Data("format: pdf\n".utf8).write(to: folder.appending(path: ".closeout.yaml"))
    let broken = try CommandRunner.run(
      [script, "export.ndjson"], environment: ["CLOSEOUT": binary], in: folder, program: bash)
    #expect(broken.status == 2)
    #expect(broken.stdout.contains("  rule_errors: 1\n"), "\(broken.stdout)")
    #expect(try XMLDocument(contentsOf: folder.appending(path: "junit.xml")).rootElement() != nil)
  }
}

extension RecipeTests {
  /// The YAML file at `path` in the repository, read with the project's own reader.
  static func yaml(_ path: String) throws -> Node {
    let text = try String(contentsOf: repository.appending(path: path), encoding: .utf8)
    return try YAMLReader.parse(text, file: path)
  }

  /// The `closeout` commands of a `run:` script, one per line, as words: the recipes use no
  /// quoting or variables in them, so that they can be run here without a shell.
  static func closeoutCommands(_ script: String) -> [[String]] {
    script.split(separator: "\n").compactMap { line in
      let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
      guard let program = words.first, program == "closeout" || program.hasSuffix("/closeout") else {
        return nil
      }
      return words
    }
  }

  /// The value of `option` in `words` after the words `preceding`, in order.
  static func value(of option: String, after preceding: [String], in words: [String]) -> String? {
    guard let start = (0..<words.count).first(where: { words[$0...].starts(with: preceding) }) else {
      return nil
    }
    let rest = words[(start + preceding.count)...]
    guard rest.first == option else { return nil }
    return rest.dropFirst().first
  }

  /// A new folder whose `contracts/` holds the example snapshots (`examples/*.yaml`, `*.json`),
  /// with `extra` files beside it.
  static func snapshots(extra: [String: String] = [:]) throws -> URL {
    var files = extra
    for name in try exampleSnapshots() {
      files["contracts/" + name] = try String(
        contentsOf: repository.appending(path: "examples/" + name), encoding: .utf8)
    }
    return try CommandRunner.folder(files)
  }

  /// The names of the example snapshots, sorted.
  static func exampleSnapshots() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: repository.appending(path: "examples").path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
  }

  /// The example snapshots as an NDJSON export: each one as JSON on a line of its own.
  static func exampleExport() throws -> String {
    try exampleSnapshots().map { name in
      let text = try String(contentsOf: repository.appending(path: "examples/" + name), encoding: .utf8)
      let value = jsonObject(try YAMLReader.parse(text, file: name))
      let line = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
      return String(decoding: line, as: UTF8.self) + "\n"
    }.joined()
  }

  /// `node` as a Foundation JSON object.
  static func jsonObject(_ node: Node) -> Any {
    if let items = node.sequence { return items.map(jsonObject) }
    if let pairs = node.mapping {
      var object: [String: Any] = [:]
      for pair in pairs { object[pair.key.scalar?.text ?? ""] = jsonObject(pair.value) }
      return object
    }
    switch node.resolved {
    case .bool(let value): return value
    case .int(let value): return value
    case .double(let value): return value
    case .string(let value): return value
    case .null, nil: return NSNull()
    }
  }

  /// The files under `folder`, relative to it, sorted.
  static func files(in folder: URL) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.appending(path: path).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files.append(path)
      }
    }
    return files.sorted()
  }
}
