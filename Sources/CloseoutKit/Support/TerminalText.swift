/// Makes text from snapshots and rule files safe to print on a terminal.
public enum TerminalText {
  /// `text` with every character that can move the cursor or reorder text shown as a `\u{XX}`
  /// escape: C0 controls other than tab (line feeds included), DEL, C1 controls, the line and
  /// paragraph separators and the bidirectional controls (U+202E could make a line read
  /// backwards). A snapshot so cannot move the cursor, change colours, rewrite the screen or
  /// forge a line of the report. `keepingLineFeeds` keeps the line feeds of a text whose lines
  /// are all shown as lines of their own (a code block of a generated document).
  public static func sanitized(_ text: String, keepingLineFeeds: Bool = false) -> String {
    guard hasControl(text, keepingLineFeeds: keepingLineFeeds) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if isControl(scalar, keepingLineFeeds: keepingLineFeeds) {
        result += spelling(of: scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// How `sanitized` shows `scalar`: its `\u{XX}` escape when it is a control character, else nil
  /// (it is shown as it is). Quoted source lines escape through this, one character at a time.
  public static func escaped(_ scalar: Unicode.Scalar) -> String? {
    isControl(scalar) ? spelling(of: scalar) : nil
  }

  private static func spelling(of scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// Whether `text` has a character that `isControl`, judged on its UTF-8 bytes, which is much
  /// cheaper than walking its scalars.
  static func hasControl(_ text: String, keepingLineFeeds: Bool = false) -> Bool {
    hasControl(in: text.utf8.span, keepingLineFeeds: keepingLineFeeds)
  }

  /// Whether `bytes` (UTF-8) hold a control character: C1 characters are the pairs C2 80–C2 9F,
  /// U+061C is D8 9C, and the separators and bidirectional controls are E2 80 8E–8F, E2 80 A8–AE
  /// and E2 81 A6–A9. Printable ASCII, nearly every byte of a report, costs one comparison; the
  /// lead bytes of a sequence are looked up only at its last byte.
  private static func hasControl(in bytes: Span<UInt8>, keepingLineFeeds: Bool) -> Bool {
    for index in bytes.indices {
      let byte = bytes[index]
      if byte &- 0x20 < 0x5F { continue }
      switch byte {
      case 0x09: continue
      case 0x0A: if !keepingLineFeeds { return true }
      case 0..<0x20, 0x7F: return true
      case 0x80...0xBF where index >= 1:
        let previous = bytes[index - 1]
        let beforePrevious = index >= 2 ? bytes[index - 2] : 0
        if isControl(last: byte, previous: previous, beforePrevious: beforePrevious) { return true }
      default: continue
      }
    }
    return false
  }

  /// Whether a sequence ending in the continuation byte `last` after `previous` and
  /// `beforePrevious` is one of the control characters above 0x7F.
  private static func isControl(last: UInt8, previous: UInt8, beforePrevious: UInt8) -> Bool {
    switch (beforePrevious, previous, last) {
    case (_, 0xC2, 0x80...0x9F), (_, 0xD8, 0x9C): true
    case (0xE2, 0x80, 0x8E...0x8F), (0xE2, 0x80, 0xA8...0xAE), (0xE2, 0x81, 0xA6...0xA9): true
    default: false
    }
  }

  static func isControl(_ scalar: Unicode.Scalar, keepingLineFeeds: Bool = false) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x0A where keepingLineFeeds: false
    case 0..<0x20, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
