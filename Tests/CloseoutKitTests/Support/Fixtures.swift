import Foundation

@testable import CloseoutKit

/// Paths and helpers shared by the CloseoutKit tests.
enum Fixtures {
  /// The repository's root folder.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/CloseoutKitTests/Fixtures/NAME`.
  static func url(_ name: String) -> URL {
    repository.appending(path: "Tests/CloseoutKitTests/Fixtures").appending(path: name)
  }

  /// A rule set from in-memory files, one layer, named as given.
  static func ruleSet(_ files: [(String, String)]) throws(RuleSetLoadError) -> RuleSet {
    try RuleSetLoader.load(layers: [files.map { RuleSource(name: $0.0, bytes: Array($0.1.utf8)) }])
  }

  /// The rule set of in-memory layers, one file each (`(name, text)`, in order), or the summaries
  /// of its problems.
  static func layered(_ files: [(String, String)]) -> (RuleSet?, [String]) {
    do {
      return (
        try RuleSetLoader.load(layers: files.map { [RuleSource(name: $0.0, bytes: Array($0.1.utf8))] }), []
      )
    } catch {
      return (nil, error.diagnostics.map(\.summary))
    }
  }

  /// The diagnostics of loading in-memory rule files that are expected to fail, as `summary` lines.
  static func loadProblems(_ files: [(String, String)]) -> [String] {
    do {
      _ = try ruleSet(files)
      return []
    } catch {
      return error.diagnostics.map(\.summary)
    }
  }

  /// A snapshot from YAML text.
  static func snapshot(_ yaml: String, file: String = "snapshot.yaml") throws -> Snapshot {
    try SnapshotLoader.load(Array(yaml.utf8), file: file)
  }

  /// A minimal valid snapshot with `extra` appended (top-level YAML).
  static func minimalSnapshot(_ extra: String = "") -> String {
    """
    snapshot_version: 1
    as_of: 2026-11-20T10:00:00Z
    contract: {id: ct-1, kind: fixed_price, status: active}

    """ + extra
  }

  /// Steps `a` → `b` → `c` and the given rules, as one rule file.
  static func stepsAndRules(_ rules: String) -> String {
    """
    steps:
      - {id: a, title: Step A}
      - {id: b, title: Step B, after: [a]}
      - {id: c, title: Step C, after: [b]}
    rules:

    """ + rules
  }
}
