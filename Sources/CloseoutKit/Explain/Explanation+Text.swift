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
    let head: String
    switch node.outcome {
    case .value(let value): head = "\(label)\(node.text) → \(value)"
    case .error(let message): head = "\(label)\(node.text) → error: \(message)"
    case .notEvaluated: head = "\(label)\(node.text) → (not evaluated)"
    }
    var lines = [indent + TerminalText.sanitized(head).replacingNewlines()]
    lines += node.notes.map { indent + "  " + TerminalText.sanitized($0).replacingNewlines() }
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
