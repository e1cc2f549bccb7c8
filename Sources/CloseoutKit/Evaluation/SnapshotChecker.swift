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

  /// The snapshot at `path` (`-` for standard input), read and validated, or the result that
  /// reports why it cannot be checked.
  public func load(file path: String) -> Loaded {
    do {
      return .readable(
        try SnapshotLoader.load(path: path, schema: engine.ruleSet.validationSchema, validating: validates))
    } catch {
      var result = CheckResult(file: path, errors: error.diagnostics)
      result.source = error.source.map { String(decoding: $0, as: UTF8.self) }
      return .unreadable(result)
    }
  }

  /// A snapshot file, read.
  public enum Loaded: Sendable {
    /// Read and valid.
    case readable(Snapshot)
    /// Not readable or not valid: the result that says why.
    case unreadable(CheckResult)
  }
}

extension [CheckResult] {
  /// The text of each snapshot that could not be read, by file name, for quoting in diagnostics.
  public var snapshotSources: [String: String] {
    Dictionary(
      compactMap { result in result.source.map { (result.file, $0) } }, uniquingKeysWith: { a, _ in a })
  }
}
