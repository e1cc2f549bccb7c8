import Foundation
import YAML

/// Finds and reads configuration files: `.closeout.yaml` in the current directory or the nearest
/// folder above it, or a file named explicitly.
public enum ConfigurationLoader {
  /// The name looked for by discovery.
  public static let fileName = ".closeout.yaml"

  /// The nearest `.closeout.yaml` in `directory` or above it, as a path relative to `directory`
  /// (`.closeout.yaml`, `../.closeout.yaml`, …), or nil when there is none up to the root.
  public static func discover(from directory: String) -> String? {
    var folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
    var prefix = ""
    while true {
      var isDirectory: ObjCBool = false
      let candidate = folder.appending(path: fileName).path
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue
      {
        return prefix + fileName
      }
      let parent = folder.deletingLastPathComponent().standardizedFileURL
      if parent.path == folder.path { return nil }
      folder = parent
      prefix += "../"
    }
  }

  /// The configuration in the file at `path`, its rule directories resolved against the file's folder
  /// and checked to exist.
  public static func load(path: String) throws(FileLoadError) -> Configuration {
    let read = try SideFile.read(path: path, "the configuration file")
    let configuration = try decode(read, file: path)
    let missing = configuration.ruleDirectories.filter { !FileManager.default.fileExists(atPath: $0.value) }
    guard missing.isEmpty else {
      throw FileLoadError(
        diagnostics: missing.map {
          Diagnostic(
            at: $0.location, "rule directory '\($0.value)' does not exist",
            hint: "paths in 'rules' are relative to the folder of the configuration file")
        },
        sources: [path: configuration.source])
    }
    return configuration
  }

  /// The configuration in `bytes`, read as the file `file` (whose folder relative paths start from).
  static func load(_ bytes: [UInt8], file: String) throws(FileLoadError) -> Configuration {
    try decode(SideFile.parse(bytes, file: file), file: file)
  }

  private static func decode(_ read: (root: Node, source: String), file: String) throws(FileLoadError)
    -> Configuration
  {
    let (root, source) = read
    var decoder = ConfigurationDecoder(file: file, baseDirectory: folder(of: file))
    let decoded = decoder.decode(root, source: source)
    guard decoded.problems.isEmpty else {
      throw FileLoadError(diagnostics: decoded.problems, sources: [file: source])
    }
    return decoded.configuration
  }

  /// The folder part of `path`: empty for a bare file name, `/` for a file at the root.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
