import CEL

/// Parses `text` and renders the tree in `Expr.debugDescription` form, or `error: ` and the
/// messages when it fails.
func render(_ text: String, options: ParserOptions = .init()) -> String {
  do {
    return try Parser(options: options).parse(text).root.debugDescription
  } catch {
    return "error: " + error.errors.map(\.message).joined(separator: " | ")
  }
}

/// The errors parsing `text` reports; empty when it parses.
func syntaxErrors(_ text: String, options: ParserOptions = .init()) -> [CELSyntaxError] {
  do {
    _ = try Parser(options: options).parse(text)
    return []
  } catch {
    return error.errors
  }
}

/// The root of a successful parse, or nil.
func parsedRoot(_ text: String, options: ParserOptions = .init()) -> Expr? {
  try? Parser(options: options).parse(text).root
}

/// The literal `text` parses to, or nil when it is not a lone literal.
func parsedConstant(_ text: String) -> Constant? {
  guard case .literal(let constant) = parsedRoot(text)?.kind else { return nil }
  return constant
}

/// The offset a caret marks in a marker line: `"    ^"` marks offset 4.
func caretOffset(_ marker: String) -> Int {
  let scalars = Array(marker.unicodeScalars)
  return scalars.firstIndex(of: "^") ?? -1
}

/// Every node of a tree, parents before children.
func allNodes(_ root: Expr) -> [Expr] {
  var result: [Expr] = []
  var pending = [root]
  while let node = pending.popLast() {
    result.append(node)
    pending.append(contentsOf: node.children.reversed())
  }
  return result
}
