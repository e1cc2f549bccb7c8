extension Explanation {
  /// The explanation as an indented tree: a line per sub-expression, `text = value`.
  public func text() -> String {
    let verdict = fired ? "fires" : applies ? "does not fire" : "does not apply"
    var lines = ["rule \(rule) (\(location)), \(severity.rawValue): \(verdict)"]
    for (name, tree) in lets { lines += Self.lines(tree, label: "let \(name) = ", indent: "  ") }
    if let appliesWhen { lines += Self.lines(appliesWhen, label: "applies when ", indent: "  ") }
    lines += Self.lines(condition, label: "when ", indent: "  ")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func lines(_ node: Node, label: String, indent: String) -> [String] {
    // The expression's line breaks become spaces before the line is made safe for a terminal, which
    // would show them as escapes; a value's are escaped.
    let text = node.text.replacingNewlines()
    let head: String
    switch node.outcome {
    case .value(let value): head = "\(label)\(text) → \(value)"
    case .error(let message): head = "\(label)\(text) → error: \(message)"
    case .notEvaluated: head = "\(label)\(text) → (not evaluated)"
    }
    var lines = [indent + TerminalText.sanitized(head)]
    lines += node.notes.map { indent + "  " + TerminalText.sanitized($0) }
    for child in node.children { lines += Self.lines(child, label: "", indent: indent + "  ") }
    return lines
  }
}

extension String {
  /// The text on one line: line breaks (from multi-line expressions) become spaces.
  fileprivate func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }.joined(
      separator: " ")
  }
}
