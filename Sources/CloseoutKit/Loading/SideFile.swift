import YAML

/// A file a command reads beside the rules and snapshots (the configuration, a waiver file, a
/// baseline), read whole as a YAML (or JSON) tree, with marks for located problems: one way for
/// every such file to be read and to fail.
enum SideFile {
  /// The file at `path` as a tree, and its text; `what` names the file in the problem when it
  /// cannot be read ("the waiver file").
  static func read(path: String, _ what: String) throws(FileLoadError) -> (root: Node, source: String) {
    switch InputFile.read(path) {
    case .success(let bytes):
      return try parse(bytes, file: path)
    case .failure(.tooLarge(let error)):
      throw FileLoadError(diagnostics: [Diagnostic(yamlError: error)], sources: [:])
    case .failure:
      throw FileLoadError(diagnostics: [Diagnostic(at: nil, "cannot read \(what) '\(path)'")], sources: [:])
    }
  }

  /// `bytes`, read as the file `file`, as a tree, and its text.
  static func parse(_ bytes: [UInt8], file: String) throws(FileLoadError) -> (root: Node, source: String) {
    let source = String(decoding: bytes, as: UTF8.self)
    do {
      return (try YAMLReader.parse(bytes, file: file), source)
    } catch {
      throw FileLoadError(diagnostics: [Diagnostic(yamlError: error)], sources: [file: source])
    }
  }
}

/// Why a configuration, waiver or baseline file could not be used: every problem in it, with its
/// text, by name, so that diagnostics can quote its lines.
public struct FileLoadError: Error, Sendable {
  /// Every problem, in file order.
  public var diagnostics: [Diagnostic]
  /// The file's text, by name.
  public var sources: [String: String]

  /// Creates an error.
  public init(diagnostics: [Diagnostic], sources: [String: String]) {
    self.diagnostics = diagnostics
    self.sources = sources
  }
}
