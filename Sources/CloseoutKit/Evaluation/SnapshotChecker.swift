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
        try SnapshotLoader.load(
          path: path, schema: engine.ruleSet.validationSchema, validating: validates,
          recordingMarks: engine.pointsIntoSnapshots))
    } catch {
      var result = CheckResult(file: path, errors: error.diagnostics)
      result.source = error.source.map { String(decoding: $0, as: UTF8.self) }
      return .unreadable(result)
    }
  }

  /// The snapshot of `input`: a file, or a line of an NDJSON stream (named `STREAM:LINE`, its
  /// diagnostics placed on that line of the stream), or the result that reports why it cannot be
  /// checked.
  public func load(_ input: SnapshotInputs.Input) -> Loaded {
    switch input {
    case .file(let path):
      return load(file: path)
    case .line(let stream, let number, let bytes):
      let name = "\(stream):\(number)"
      do {
        // An NDJSON line is strict JSON, whatever the stream is named.
        var snapshot = try SnapshotLoader.load(
          bytes, file: stream, as: .json, schema: engine.ruleSet.validationSchema, validating: validates,
          recordingMarks: engine.pointsIntoSnapshots)
        snapshot.file = name
        snapshot.source?.firstLine = number
        // The waivers were read with the stream's name and the line's own line numbers.
        for index in snapshot.waivers.indices { snapshot.waivers[index].move(toLine: number) }
        return .readable(snapshot)
      } catch {
        let errors = error.diagnostics.map { diagnostic in
          var moved = diagnostic
          if diagnostic.location?.file == stream { moved.location?.move(toLine: number) }
          return moved
        }
        return .unreadable(CheckResult(file: name, errors: errors))
      }
    case .unusable(let name, let problem):
      return .unreadable(CheckResult(file: name, errors: [problem]))
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
