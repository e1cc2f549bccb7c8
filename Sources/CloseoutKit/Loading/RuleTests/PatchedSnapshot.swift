import CEL
import YAML

/// A case's snapshot as a node tree: the base document (a snapshot file, or one written in the test
/// file) with the case's patches applied, turned into a `Snapshot` and validated like `check` does.
struct PatchedSnapshot {
  /// The base document.
  var base: Node
  /// The file the base document was read from, as named in diagnostics.
  var baseFile: String
  /// The test file the patches are written in.
  var testFile: String
  /// The patches, in order.
  var patches: [SnapshotPatch] = []
  /// What the patched snapshot is validated against.
  var schema: SnapshotSchema = .core

  /// The snapshot, or every problem applying the patches and validating the result.
  func snapshot() -> Result<Snapshot, DiagnosticList> {
    var root = base
    var problems: [Diagnostic] = []
    for patch in patches {
      switch patch.apply(to: root) {
      case .success(let patched): root = patched
      case .failure(let error):
        problems.append(
          Diagnostic(at: patch.path.location, "cannot patch '\(patch.path.value)': \(error.message)"))
      }
    }
    guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
    var document: Value
    do {
      var builder = SnapshotValueBuilder()
      document = try Self.replay(root, into: &builder)
    } catch {
      return .failure(DiagnosticList([Diagnostic(yamlError: error)]))
    }
    // An invalid document is built again, as written, to list its problems: the walk that found
    // the first one has completed part of it.
    var invalid: [SchemaProblem] = []
    if !schema.completeIfValid(&document) {
      var builder = SnapshotValueBuilder()
      invalid = schema.problems(in: (try? Self.replay(root, into: &builder)) ?? document)
    }
    guard invalid.isEmpty, case .map(let map) = document else {
      return .failure(
        DiagnosticList(
          invalid.map { Diagnostic(at: location(of: $0.path, in: root), $0.message, hint: $0.hint) }
            .sortedByLocation()))
    }
    return .success(Snapshot(file: baseFile, root: map))
  }

  /// Where the node at `path` (or its deepest existing ancestor) is written: in the test file once
  /// the path enters a patched value, else in the base file.
  private func location(of path: [SchemaProblem.Step], in root: Node) -> SourceLocation {
    var node = root
    var file = baseFile
    var walked: [String] = []
    for step in path {
      let child: Node?
      switch step {
      case .key(let key):
        child = node[key]
        walked.append(key)
      case .index(let index):
        child = node[index]
        walked.append(String(index))
      }
      guard let child else { break }
      node = child
      if patches.contains(where: { $0.segments == walked }) { file = testFile }
    }
    return SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
  }

  /// Builds `node` with a tree builder, as if the reader had read it.
  static func replay<Builder: YAMLTreeBuilder>(_ node: Node, into builder: inout Builder) throws(YAMLError)
    -> Builder.Output
  {
    switch node.kind {
    case .scalar(let scalar):
      return try builder.scalar(scalar, info: node.info)
    case .sequence(let items):
      var outputs: [Builder.Output] = []
      for item in items { outputs.append(try replay(item, into: &builder)) }
      return try builder.sequence(outputs[...], info: node.info)
    case .mapping(let pairs):
      var keys: [MappingKey] = []
      var values: [Builder.Output] = []
      for pair in pairs {
        keys.append(MappingKey(scalar: pair.key.scalar ?? Scalar(""), info: pair.key.info))
        values.append(try replay(pair.value, into: &builder))
      }
      return try builder.mapping(MappingEntries(keys: keys[...], values: values[...]), info: node.info)
    }
  }
}
