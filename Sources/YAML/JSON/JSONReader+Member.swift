extension YAMLReader {
  /// The string value of the JSON object member whose key is written at `line`, `column` of the
  /// JSON document `bytes`, read alone: a double-quoted scalar with the marks it has in the whole
  /// document, as the strict JSON path counts them (lines at line feeds and carriage returns,
  /// columns in characters). Nil when no key is written there or its value is not a string.
  ///
  /// Only the bytes before the member are passed over, and no other member is read: where a
  /// finding points at words in a text of a JSON snapshot, the text is placed without reading the
  /// document again.
  public static func jsonStringMember(_ bytes: [UInt8], keyAt line: Int, column: Int) -> Node? {
    guard line >= 1, column >= 1, let input = try? Input(bytes, file: "", limits: .default) else {
      return nil
    }
    var reader = JSONReader(input, strict: true)
    guard reader.move(toLine: line, column: column), reader.at(UInt8(ascii: "\"")), reader.string() != nil
    else { return nil }
    reader.skipWhitespace()
    guard reader.at(UInt8(ascii: ":")) else { return nil }
    reader.index += 1
    reader.skipWhitespace()
    guard reader.at(UInt8(ascii: "\"")) else { return nil }
    let start = reader.mark
    guard let text = reader.string() else { return nil }
    return Node(
      kind: .scalar(Scalar(text: text, style: .doubleQuoted, value: .string)),
      info: NodeInfo(mark: start, endMark: reader.mark))
  }
}

extension JSONReader {
  /// Whether the byte at `index` is `byte`.
  func at(_ byte: UInt8) -> Bool {
    index < bytes.count && bytes[index] == byte
  }

  /// Moves to the character at `line`, `column` (both from 1), counting lines and characters as
  /// `mark` does; false when the input has no such place.
  mutating func move(toLine target: Int, column: Int) -> Bool {
    while line < target && index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\n"):
        newLine(after: 1)
      case UInt8(ascii: "\r"):
        newLine(after: index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1)
      case let byte:
        if byte & 0xC0 == 0x80 { continuations += 1 }
        index += 1
      }
    }
    guard line == target else { return false }
    var character = 1
    while character < column && index < bytes.count && !at(UInt8(ascii: "\n")) && !at(UInt8(ascii: "\r")) {
      index += 1
      while index < bytes.count && bytes[index] & 0xC0 == 0x80 {
        continuations += 1
        index += 1
      }
      character += 1
    }
    return character == column
  }
}
