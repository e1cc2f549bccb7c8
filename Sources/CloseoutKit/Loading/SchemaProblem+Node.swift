import YAML

extension SchemaProblem {
  /// The node the path leads to in `root`, or its deepest existing ancestor.
  func node(in root: Node) -> Node {
    var node = root
    for step in path {
      let child: Node? =
        switch step {
        case .key(let key): node[key]
        case .index(let index): node[index]
        }
      guard let child else { break }
      node = child
    }
    return node
  }
}
