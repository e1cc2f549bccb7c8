extension YAMLReader {
  /// The block mapping entry whose key is written at `line`, `column` of the YAML document
  /// `bytes`, read alone: a mapping of that one key, whose nodes carry the marks they have in the
  /// whole document (lines as libyaml counts them, columns in characters). Only the entry's lines
  /// are read: the key's line, with what precedes the key (indentation, a sequence's `- `) read as
  /// spaces, and the lines after it while they are blank or indented deeper than the key.
  ///
  /// Nil when something other than spaces and dashes precedes the key (a key inside a flow
  /// mapping, as in JSON, shares its line with other nodes), or when the lines do not read as a
  /// mapping. Its marks' offsets are not the document's.
  public static func entry(_ bytes: [UInt8], file: String, keyAt line: Int, column: Int) -> Node? {
    guard line >= 1, column >= 1 else { return nil }
    var cursor = SourceCursor(bytes)
    guard cursor.move(toLine: line - 1) else { return nil }
    let start = cursor.byteOffset
    let prefix = bytes[start..<min(start + column - 1, bytes.count)]
    guard prefix.count == column - 1,
      prefix.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
    else { return nil }
    var end = bytes.count
    var next = line
    while cursor.move(toLine: next) {
      let blank = cursor.surroundingWhitespace().leading == cursor.lineLength()
      if !blank && cursor.leadingSpaces() < column {
        end = cursor.byteOffset
        break
      }
      next += 1
    }
    var lines = [UInt8](repeating: UInt8(ascii: "\n"), count: line - 1)
    lines += [UInt8](repeating: UInt8(ascii: " "), count: column - 1)
    lines += bytes[(start + column - 1)..<max(end, start + column - 1)]
    guard let root = try? parse(lines, file: file), root.mapping != nil else { return nil }
    return root
  }
}
