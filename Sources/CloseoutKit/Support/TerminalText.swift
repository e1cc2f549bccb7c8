/// Makes text from snapshots and rule files safe to print on a terminal.
public enum TerminalText {
  /// `text` with control characters (C0 other than tab and line feed, DEL, C1) shown as `\u{XX}` escapes, so that
  /// a snapshot cannot move the cursor, change colours or rewrite the screen.
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }
}
