import Foundation

@testable import CloseoutKit

/// Checks bytes as a snapshot (YAML or JSON) with the default rules, validated and not, and
/// renders the result in every output format, as `closeout check` does.
enum CheckFuzz {
  /// The engine of the default rule set, loaded once.
  static let engine: Engine? = (try? RuleSetLoader.loadDefault()).map { Engine(ruleSet: $0) }

  static func run(_ bytes: [UInt8]) {
    guard let engine else { preconditionFailure("the default rule set does not load") }
    for validates in [true, false] {
      check(bytes, file: "fuzz.yaml", engine: engine, validates: validates)
    }
  }

  /// Loads and checks one snapshot as `SnapshotChecker` does, and renders it in every format.
  static func check(_ bytes: [UInt8], file: String, engine: Engine, validates: Bool) {
    let result: CheckResult
    do {
      let snapshot = try SnapshotLoader.load(
        bytes, file: file, schema: validates ? engine.ruleSet.validationSchema : nil)
      result = CheckResult(snapshot: snapshot, checklist: engine.check(snapshot))
    } catch {
      var unreadable = CheckResult(file: file, errors: error.diagnostics)
      unreadable.source = error.source.map { String(decoding: $0, as: UTF8.self) }
      result = unreadable
    }
    let sources = engine.ruleSet.sources.merging([result].snapshotSources) { a, _ in a }
    for colors in [false, true] {
      _ = TextReporter(style: TextStyle(colors: colors), diagnostics: DiagnosticRenderer(sources: sources))
        .render([result])
    }
    _ = JSONReporter().render([result])
    _ = ICSReporter(generated: Date(timeIntervalSince1970: 1_795_000_000)).render([result])
  }
}
