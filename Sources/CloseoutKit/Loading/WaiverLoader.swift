import YAML

/// Reads waiver files (`--waivers FILE`): a YAML list of waivers, each naming its contract.
public enum WaiverLoader {
  /// The waivers in the file at `path`.
  public static func load(path: String) throws(WaiverLoadError) -> [Waiver] {
    switch InputFile.read(path) {
    case .success(let bytes):
      return try load(bytes, file: path)
    case .failure(.tooLarge(let error)):
      throw WaiverLoadError(diagnostics: [Diagnostic(yamlError: error)], sources: [:])
    case .failure:
      throw WaiverLoadError(
        diagnostics: [Diagnostic(at: nil, "cannot read the waiver file '\(path)'")], sources: [:])
    }
  }

  /// The waivers in `bytes`, read as the file `file`.
  public static func load(_ bytes: [UInt8], file: String) throws(WaiverLoadError) -> [Waiver] {
    let source = String(decoding: bytes, as: UTF8.self)
    let root: Node
    do {
      root = try YAMLReader.parse(bytes, file: file)
    } catch {
      throw WaiverLoadError(diagnostics: [Diagnostic(yamlError: error)], sources: [file: source])
    }
    var decoder = WaiverDecoder(file: file)
    let decoded = decoder.decodeFile(root)
    guard decoded.problems.isEmpty else {
      throw WaiverLoadError(diagnostics: decoded.problems.sortedByLocation(), sources: [file: source])
    }
    return decoded.waivers
  }
}

/// Why a waiver file could not be used: every problem in it, with its text for quoting them.
public struct WaiverLoadError: Error, Sendable {
  /// Every problem, in file order.
  public var diagnostics: [Diagnostic]
  /// The waiver file's text, by name.
  public var sources: [String: String]

  /// Creates an error.
  public init(diagnostics: [Diagnostic], sources: [String: String]) {
    self.diagnostics = diagnostics
    self.sources = sources
  }
}
