/// Checks snapshot files one by one: reading problems become results, so a bad file in a batch is
/// reported and the others are still checked.
public struct SnapshotChecker: Sendable {
  /// The engine that checks each snapshot.
  public let engine: Engine
  /// Whether snapshots are validated against the rule set's schema before they are checked.
  public let validates: Bool

  /// Creates a checker; `validates: false` checks only that each snapshot is a mapping.
  public init(engine: Engine, validates: Bool = true) {
    self.engine = engine
    self.validates = validates
  }

  /// The result for the snapshot file at `path` (`-` for standard input).
  public func check(file path: String) -> CheckResult {
    do {
      let snapshot = try SnapshotLoader.load(
        path: path, schema: validates ? engine.ruleSet.validationSchema : nil)
      return CheckResult(snapshot: snapshot, checklist: engine.check(snapshot))
    } catch {
      var result = CheckResult(file: path, errors: error.diagnostics)
      result.source = error.source.map { String(decoding: $0, as: UTF8.self) }
      return result
    }
  }
}

extension [CheckResult] {
  /// The text of each snapshot that could not be read, by file name, for quoting in diagnostics.
  public var snapshotSources: [String: String] {
    Dictionary(
      compactMap { result in result.source.map { (result.file, $0) } }, uniquingKeysWith: { a, _ in a })
  }
}
