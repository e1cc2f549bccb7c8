/// Makes text from snapshots and rule files safe inside an XML 1.0 document (the JUnit and
/// Checkstyle reports), in an attribute value or as element content.
enum XMLText {
  /// `text` as an attribute value between double quotes: `& < > " '` as entities, tab, line
  /// feed and carriage return as character references (a parser would turn them into spaces
  /// otherwise), and every other control character as `\u{XX}`, as `content` writes it.
  static func attribute(_ text: String) -> String { escaped(text, inAttribute: true) }

  /// `text` as element content: `& < > " '` as entities, tabs and line feeds as they are, a
  /// carriage return as `&#13;` (a parser would drop it), and every character that XML 1.0
  /// forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF) or that could
  /// reorder or hide text where the report is shown (DEL, C1 controls, the line and paragraph
  /// separators, the bidirectional controls) as the `\u{XX}` escape the text report uses.
  static func content(_ text: String) -> String { escaped(text, inAttribute: false) }

  /// How both XML reports word a problem: `file:line:column: message`, or the message alone when
  /// it has no place (the level is implied by the element that holds it).
  static func described(_ diagnostic: Diagnostic) -> String {
    (diagnostic.location.map { "\($0): " } ?? "") + diagnostic.message
  }

  private static func escaped(_ text: String, inAttribute: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t": result += inAttribute ? "&#9;" : "\t"
      case "\n": result += inAttribute ? "&#10;" : "\n"
      case "\r": result += "&#13;"
      case "\u{FFFE}", "\u{FFFF}": result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default:
        if let shown = TerminalText.escaped(scalar) {
          result += shown
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
