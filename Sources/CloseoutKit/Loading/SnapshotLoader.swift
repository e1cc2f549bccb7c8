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
  /// The document is built straight into CEL values and validated by walking them along the
  /// schema; only when something is wrong is it read again as a node tree, to say where. Unless
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
    let (problems, count): ([SchemaProblem], Int)
    if let schema, validating {
      (problems, count) = schema.problems(in: document, keepingAtMost: Diagnostic.maxPerFile)
    } else {
      problems = SnapshotSchema.structuralProblems(in: document)
      count = problems.count
    }
    guard problems.isEmpty else {
      var diagnostics = locate(problems, in: bytes, file: file, as: syntax)
      if count > problems.count { diagnostics.append(.omitted(count - problems.count, in: file)) }
      throw SnapshotLoadError(diagnostics: diagnostics, source: bytes)
    }
    schema?.complete(&document)
    guard case .map(let root) = document else {
      let problems = SnapshotSchema.structuralProblems(in: document)
      throw SnapshotLoadError(diagnostics: locate(problems, in: bytes, file: file, as: syntax), source: bytes)
    }
    var snapshot = Snapshot(file: file, root: root)
    snapshot.source = Snapshot.Source(bytes: bytes, isJSON: syntax == .json, file: file)
    snapshot.source?.marks = builder.marks
    snapshot.waivers = try waivers(of: snapshot, in: bytes)
    return snapshot
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
