/// Makes text from snapshots and rule files safe to print on a terminal.
public enum TerminalText {
  /// `text` with control characters (C0 other than tab and line feed, DEL, C1) shown as `\u{XX}` escapes, so that
  /// a snapshot cannot move the cursor, change colours or rewrite the screen.
  public static func sanitized(_ text: String) -> String {
    guard hasControl(text) else { return text }
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

  /// Whether `text` has a character that `isControl`, judged on its UTF-8 bytes, which is much
  /// cheaper than walking its scalars.
  static func hasControl(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { hasControl(in: $0) } ?? hasControl(in: text.utf8)
  }

  /// Whether `bytes` (UTF-8) hold a control character: C1 characters are the pairs C2 80–C2 9F.
  private static func hasControl(in bytes: some Sequence<UInt8>) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      switch byte {
      case 0x09, 0x0A: break
      case 0..<0x20, 0x7F: return true
      case 0x80...0x9F where previous == 0xC2: return true
      default: break
      }
      previous = byte
    }
    return false
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }
}
