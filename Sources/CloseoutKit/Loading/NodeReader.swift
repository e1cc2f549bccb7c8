import YAML

/// Reads typed values out of YAML nodes, collecting a located diagnostic for everything that is not
/// as expected instead of stopping at the first problem.
struct NodeReader {
  /// The file being read, as named in diagnostics.
  let file: String
  /// Everything wrong so far, in reading order.
  private(set) var problems: [Diagnostic] = []

  init(file: String) { self.file = file }

  /// Where `node` starts.
  func location(_ node: Node) -> SourceLocation {
    SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
  }

  /// Records a problem at `node`.
  mutating func report(_ node: Node, _ message: String, hint: String? = nil) {
    problems.append(Diagnostic(at: location(node), message, hint: hint))
  }

  /// The entries of a mapping, by key; reports a node that is not a mapping, keys not in `allowed`
  /// (with a did-you-mean) and missing `required` keys.
  mutating func mapping(_ node: Node, _ what: String, allowed: [String], required: [String] = [])
    -> [String: Node]?
  {
    guard case .mapping(let pairs) = node.kind else {
      report(node, "\(what) must be a mapping, not \(describe(node))")
      return nil
    }
    var entries: [String: Node] = [:]
    for pair in pairs {
      let key = pair.key.scalar?.text ?? ""
      if allowed.contains(key) {
        entries[key] = pair.value
      } else {
        report(
          pair.key, "unknown key '\(key)' in \(what)",
          hint: Suggestion.didYouMean(key, among: allowed)
            ?? "allowed keys: \(allowed.joined(separator: ", "))")
      }
    }
    for key in required where entries[key] == nil {
      report(node, "\(what) is missing the required key '\(key)'")
    }
    return entries
  }

  /// The items of a sequence; reports a node that is not one.
  mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
    if case .sequence(let items) = node.kind { return items }
    report(node, "\(what) must be a list, not \(describe(node))")
    return nil
  }

  /// A scalar's text; reports a collection, a null or an empty string.
  mutating func string(_ node: Node, _ what: String) -> Located<String>? {
    guard let scalar = node.scalar, !node.isNull else {
      report(node, "\(what) must be a string, not \(describe(node))")
      return nil
    }
    guard !scalar.text.trimmingWhitespace().isEmpty else {
      report(node, "\(what) must not be empty")
      return nil
    }
    return Located(scalar.text, at: location(node))
  }

  /// A string that is an identifier: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
  mutating func identifier(_ node: Node, _ what: String) -> Located<String>? {
    guard let id = string(node, what) else { return nil }
    let valid = id.value.unicodeScalars.enumerated().allSatisfy { index, scalar in
      ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || (index > 0 && (scalar == "-" || scalar == "_" || scalar == "."))
    }
    guard valid else {
      report(node, "\(what) '\(id.value)' may contain only letters, digits, '-', '_' and '.'")
      return nil
    }
    return id
  }

  /// A list of strings; reports each item that is not a string.
  mutating func strings(_ node: Node, _ what: String) -> [Located<String>]? {
    guard let items = sequence(node, what) else { return nil }
    return items.compactMap { string($0, "an item of \(what)") }
  }

  /// A string scalar that holds an expression or a template.
  mutating func sourceText(_ node: Node, _ what: String) -> ExpressionScalar? {
    guard let text = string(node, what) else { return nil }
    return ExpressionScalar(text: text.value, file: file, node: node)
  }

  /// One of `values`, with a did-you-mean when misspelled.
  mutating func oneOf<Value: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, _: Value.Type)
    -> Value? where Value.RawValue == String
  {
    guard let text = string(node, what) else { return nil }
    if let value = Value(rawValue: text.value) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report(
      node, "unknown \(what) '\(text.value)'",
      hint: Suggestion.didYouMean(text.value, among: allowed)
        ?? "use one of: \(allowed.joined(separator: ", "))")
    return nil
  }

  /// How a node is described in "must be X, not Y" messages.
  private func describe(_ node: Node) -> String {
    switch node.kind {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar): return node.isNull ? "null" : "the scalar '\(scalar.text)'"
    }
  }
}

extension String {
  /// The string without leading and trailing white space.
  func trimmingWhitespace() -> Substring {
    var view = self[...]
    while let first = view.first, first.isWhitespace { view = view.dropFirst() }
    while let last = view.last, last.isWhitespace { view = view.dropLast() }
    return view
  }
}
