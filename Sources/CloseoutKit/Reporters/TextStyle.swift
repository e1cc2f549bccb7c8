/// ANSI colours for the text report, or none.
public struct TextStyle: Sendable {
  /// Whether escape sequences are written.
  public var colors: Bool

  /// Creates a style.
  public init(colors: Bool) { self.colors = colors }

  enum Color: String {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case dim = "2"
    case bold = "1"
  }

  func apply(_ color: Color, _ text: String) -> String {
    colors ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// Appends `text` in `color` to `output`, without building the coloured text first.
  func apply(_ color: Color, _ text: String, to output: inout String) {
    guard colors else {
      output += text
      return
    }
    output += "\u{1B}["
    output += color.rawValue
    output += "m"
    output += text
    output += "\u{1B}[0m"
  }

  func severity(_ severity: Severity, _ text: String, to output: inout String) {
    switch severity {
    case .blocker: apply(.red, text, to: &output)
    case .warning: apply(.yellow, text, to: &output)
    case .advice: apply(.cyan, text, to: &output)
    }
  }
}
