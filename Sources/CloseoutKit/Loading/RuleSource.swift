import Foundation
import YAML

/// One rule file's name and content.
struct RuleSource: Sendable {
  /// The name diagnostics use: the path as found from the directory the user named.
  var name: String
  /// The file's bytes; invalid UTF-8 is reported by the YAML reader with its location.
  var bytes: [UInt8]

  /// The file's text, for quoting lines in diagnostics.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The `*.yaml` files directly in `path` in name order, or `path` itself when it is a file.
  static func read(_ path: String) -> Result<[RuleSource], Diagnostic> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(Diagnostic(at: nil, "rule directory '\(path)' does not exist"))
    }
    let paths: [String]
    if isDirectory.boolValue {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
        return .failure(Diagnostic(at: nil, "cannot read the rule directory '\(path)'"))
      }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      paths = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { prefix + $0 }
    } else {
      paths = [path]
    }
    var sources: [RuleSource] = []
    for file in paths {
      switch InputFile.read(file) {
      case .success(let bytes): sources.append(RuleSource(name: file, bytes: bytes))
      case .failure(.tooLarge(let error)): return .failure(Diagnostic(yamlError: error))
      case .failure: return .failure(Diagnostic(at: nil, "cannot read the rule file '\(file)'"))
      }
    }
    return .success(sources)
  }
}
