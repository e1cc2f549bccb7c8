import Foundation
import YAML

/// The snapshot files that test cases name, each read and parsed once, with their text kept for
/// quoting in diagnostics.
struct SnapshotFiles {
  /// Reads a file's bytes; nil when it cannot be read.
  let read: @Sendable (String) -> [UInt8]?
  /// Each file's tree, or nil when it could not be read (its problem was reported the first time).
  private var parsed: [String: Node?] = [:]
  /// The text of every file read, by name.
  private(set) var sources: [String: String] = [:]

  init(read: @escaping @Sendable (String) -> [UInt8]?) { self.read = read }

  /// Reads files from the file system.
  static let fileSystem: @Sendable (String) -> [UInt8]? = { path in
    try? InputFile.read(path).get()
  }

  /// `path` as written in `testFile`: relative to the test file's folder unless absolute.
  static func resolve(_ path: String, from testFile: String) -> String {
    if path.hasPrefix("/") { return path }
    guard let slash = testFile.lastIndex(of: "/") else { return path }
    return testFile[...slash] + path
  }

  /// The tree of the snapshot file `path`; a problem is returned only the first time the file fails.
  mutating func node(_ path: String, at reference: SourceLocation) -> Result<Node, DiagnosticList> {
    if let cached = parsed[path] {
      guard let root = cached else { return .failure(DiagnosticList([])) }
      return .success(root)
    }
    guard let bytes = read(path) else {
      parsed[path] = .some(nil)
      return .failure(DiagnosticList([Diagnostic(at: reference, "cannot read the snapshot file '\(path)'")]))
    }
    sources[path] = String(decoding: bytes, as: UTF8.self)
    do {
      let root = try YAMLReader.parse(bytes, file: path)
      parsed[path] = root
      return .success(root)
    } catch {
      parsed[path] = .some(nil)
      return .failure(DiagnosticList([Diagnostic(yamlError: error)]))
    }
  }
}
