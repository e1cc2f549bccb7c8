import CEL
import Foundation
import YAML

/// Reads contract snapshots (YAML or JSON) and validates them against a snapshot schema.
public enum SnapshotLoader {
  /// The snapshot in `bytes`, named `file` in diagnostics, validated against `schema` (by default
  /// the built-in core; nil checks only that the document is a mapping) and completed with its
  /// defaults. Not `validating` (`--no-validate`), only the mapping is checked, and the document
  /// is still completed.
  ///
  /// The bytes are read in `syntax`; by default a file whose name ends in `.json` is strict JSON
  /// (RFC 8259) and anything else, standard input (`-`) included, YAML.
  ///
  /// The document is built straight into CEL values, and validated and completed in one walk
  /// along the schema; only when something is wrong is it read again, as values to list the
  /// problems and as a node tree to say where. Unless
  /// `recordingMarks` is false (no rule points into snapshots), the reader records where maps,
  /// lists and keys are written, for placing findings.
  public static func load(
    _ bytes: [UInt8], file: String, as syntax: DocumentSyntax? = nil, schema: SnapshotSchema? = .core,
    validating: Bool = true, recordingMarks: Bool = true
  )
    throws(SnapshotLoadError) -> Snapshot
  {
    let syntax = syntax ?? (file.hasSuffix(".json") ? .json : .yaml)
    var document: Value
    var builder = SnapshotValueBuilder(recordingMarks: recordingMarks, expectedBytes: bytes.count)
    do {
      document = try YAMLReader.compose(bytes, file: file, as: syntax, into: &builder)
    } catch {
      throw SnapshotLoadError(diagnostics: [Diagnostic(yamlError: error)], source: bytes)
    }
    // A valid document is checked in the walk that completes it; only an invalid one is read
    // again, as it was written, to list its problems.
    if let schema, validating {
      if !schema.completeIfValid(&document) {
        var again = SnapshotValueBuilder()
        let written = (try? YAMLReader.compose(bytes, file: file, as: syntax, into: &again)) ?? document
        try reject(
          schema.problems(in: written, keepingAtMost: Diagnostic.maxPerFile), in: bytes, file: file,
          as: syntax)
      }
    } else {
      let problems = SnapshotSchema.structuralProblems(in: document)
      if !problems.isEmpty { try reject((problems, problems.count), in: bytes, file: file, as: syntax) }
      schema?.complete(&document)
    }
    guard case .map(let root) = document else {
      try reject(([.notAMapping(document)], 1), in: bytes, file: file, as: syntax)
    }
    var snapshot = Snapshot(file: file, root: root)
    snapshot.source = Snapshot.Source(bytes: bytes, isJSON: syntax == .json, file: file)
    snapshot.source?.marks = builder.marks
    snapshot.waivers = try waivers(of: snapshot, in: bytes)
    return snapshot
  }

  /// Throws the diagnostics of `problems`, the first of `count`, located in the document.
  private static func reject(
    _ problems: (kept: [SchemaProblem], count: Int), in bytes: [UInt8], file: String,
    as syntax: DocumentSyntax
  ) throws(SnapshotLoadError) -> Never {
    var diagnostics = locate(problems.kept, in: bytes, file: file, as: syntax)
    if problems.count > problems.kept.count {
      diagnostics.append(.omitted(problems.count - problems.kept.count, in: file))
    }
    throw SnapshotLoadError(diagnostics: diagnostics, source: bytes)
  }

  /// The snapshot's own `waivers:`, read from the document as a tree (only when it has some), so
  /// that each is located and its keys checked as a waiver file's are.
  private static func waivers(of snapshot: Snapshot, in bytes: [UInt8]) throws(SnapshotLoadError) -> [Waiver]
  {
    switch snapshot.root["waivers"] {
    case nil, .null?: return []
    case .list(let items)? where items.isEmpty: return []
    default: break
    }
    guard let tree = try? YAMLReader.parse(bytes, file: snapshot.file), let section = tree["waivers"] else {
      return []
    }
    var decoder = WaiverDecoder(file: snapshot.file)
    let decoded = decoder.decodeSection(section, contractID: snapshot.contractID)
    guard decoded.problems.isEmpty else {
      throw SnapshotLoadError(diagnostics: decoded.problems.sortedByLocation(), source: bytes)
    }
    return decoded.waivers
  }

  /// The snapshot in the file at `path`, or standard input for `-`, validated against `schema`
  /// unless not `validating`, and completed with its defaults.
  public static func load(
    path: String, schema: SnapshotSchema? = .core, validating: Bool = true, recordingMarks: Bool = true
  ) throws(SnapshotLoadError) -> Snapshot {
    switch InputFile.read(path) {
    case .success(let bytes):
      return try load(
        bytes, file: path, schema: schema, validating: validating, recordingMarks: recordingMarks)
    case .failure(.directory):
      throw SnapshotLoadError(diagnostics: [
        Diagnostic(at: nil, "'\(path)' is a directory, not a snapshot file")
      ])
    case .failure(.tooLarge(let error)):
      throw SnapshotLoadError(diagnostics: [Diagnostic(yamlError: error)])
    case .failure(.unreadable):
      throw SnapshotLoadError(diagnostics: [Diagnostic(at: nil, "cannot read the snapshot '\(path)'")])
    }
  }

  /// Diagnostics at the nodes that `problems` name, found by reading the document again as a tree.
  private static func locate(
    _ problems: [SchemaProblem], in bytes: [UInt8], file: String, as syntax: DocumentSyntax
  ) -> [Diagnostic] {
    let root = try? YAMLReader.parse(bytes, file: file, as: syntax)
    return problems.map { problem in
      let mark = root.map { problem.node(in: $0).mark } ?? .start
      let location = SourceLocation(file: file, line: mark.line, column: mark.column)
      return Diagnostic(at: location, problem.message, hint: problem.hint)
    }.sortedByLocation()
  }
}

/// Why a snapshot could not be read, with its bytes so diagnostics can quote them.
public struct SnapshotLoadError: Error, Sendable {
  /// Every problem found.
  public var diagnostics: [Diagnostic]
  /// The snapshot's bytes, when it could be read at all.
  public var source: [UInt8]?

  /// Creates an error.
  public init(diagnostics: [Diagnostic], source: [UInt8]? = nil) {
    self.diagnostics = diagnostics
    self.source = source
  }
}
