import YAML

/// Reads waiver files (`--waivers FILE`): a YAML list of waivers, each naming its contract.
public enum WaiverLoader {
  /// The waivers in the file at `path`.
  public static func load(path: String) throws(FileLoadError) -> [Waiver] {
    try decode(SideFile.read(path: path, "the waiver file"), file: path)
  }

  /// The waivers in `bytes`, read as the file `file`.
  public static func load(_ bytes: [UInt8], file: String) throws(FileLoadError) -> [Waiver] {
    try decode(SideFile.parse(bytes, file: file), file: file)
  }

  private static func decode(_ read: (root: Node, source: String), file: String) throws(FileLoadError)
    -> [Waiver]
  {
    var decoder = WaiverDecoder(file: file)
    let decoded = decoder.decodeFile(read.root)
    guard decoded.problems.isEmpty else {
      throw FileLoadError(diagnostics: decoded.problems.sortedByLocation(), sources: [file: read.source])
    }
    return decoded.waivers
  }
}
