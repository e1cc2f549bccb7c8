import Foundation
import YAML

/// Reads rule tests: the `tests/*.yaml` files next to the rule files of each rule directory.
public enum RuleTestLoader {
  /// The folder, inside a rule directory, that holds its test files.
  public static let folder = "tests"

  /// The tests of `directories` (in order), checked against `ruleSet`, the rule set of the same
  /// directories (as configured, without the rules that `disabled` names: a case naming one of
  /// those is a problem). A directory without a `tests` folder has no tests; none at all is a
  /// problem when `required`.
  public static func load(
    directories: [String], ruleSet: RuleSet, disabled: [Located<String>] = [], required: Bool = true
  ) -> RuleTestSuite {
    var sources: [RuleSource] = []
    var problems: [Diagnostic] = []
    for directory in directories {
      let tests = (directory.hasSuffix("/") ? directory : directory + "/") + folder
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: tests, isDirectory: &isDirectory), isDirectory.boolValue
      else { continue }
      switch RuleSource.read(tests) {
      case .success(let files): sources += files
      case .failure(let problem): problems.append(problem)
      }
    }
    if required && sources.isEmpty && problems.isEmpty {
      let places = directories.map { "'\($0)/\(folder)/*.yaml'" }.joined(separator: ", ")
      problems.append(Diagnostic(at: nil, "no rule tests found: looked for \(places)"))
    }
    var suite = load(files: sources, ruleSet: ruleSet, disabled: disabled, read: SnapshotFiles.fileSystem)
    suite.diagnostics = problems + suite.diagnostics
    return suite
  }

  /// The tests in `files`, reading the snapshot files they name with `read`.
  static func load(
    files: [RuleSource], ruleSet: RuleSet, disabled: [Located<String>] = [],
    read: @escaping @Sendable (String) -> [UInt8]?
  ) -> RuleTestSuite {
    var snapshotFiles = SnapshotFiles(read: read)
    var cases: [RuleTestCase] = []
    var problems: [Diagnostic] = []
    var sources: [String: String] = [:]
    for file in files {
      sources[file.name] = file.text
      let root: Node
      do {
        root = try YAMLReader.parse(file.bytes, file: file.name)
      } catch {
        problems.append(Diagnostic(yamlError: error))
        continue
      }
      var decoder = RuleTestDecoder(
        file: file.name, ruleSet: ruleSet, disabled: disabled, snapshotFiles: snapshotFiles)
      cases += decoder.decode(root)
      problems += decoder.problems.sortedByLocation()
      snapshotFiles = decoder.snapshotFiles
    }
    sources.merge(snapshotFiles.sources) { a, _ in a }
    return RuleTestSuite(files: files.map(\.name), cases: cases, diagnostics: problems, sources: sources)
  }
}
