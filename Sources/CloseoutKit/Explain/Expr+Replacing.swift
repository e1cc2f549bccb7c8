import CEL

extension Expr {
  /// This expression with the identifier `name` replaced by `replacement` wherever it occurs, every
  /// node numbered afresh from `nextID` (so that a replacement used twice keeps ids unique); nil
  /// when it holds a comprehension, a map or a message, whose variables and keys this does not
  /// follow. `explain` so evaluates a loop's word calls for one element (`m` → `messages[3]`).
  func replacing(_ name: String, with replacement: Expr, nextID: inout Int) -> Expr? {
    let kind: Kind
    switch self.kind {
    case .literal:
      kind = self.kind
    case .ident(let identifier):
      guard identifier == name else {
        kind = self.kind
        break
      }
      // The replacement holds no `name`: it is only numbered afresh.
      return replacement.replacing("", with: replacement, nextID: &nextID)
    case .select(let operand, let field, let testOnly):
      guard let operand = operand.replacing(name, with: replacement, nextID: &nextID) else { return nil }
      kind = .select(operand: operand, field: field, testOnly: testOnly)
    case .call(let function, let target, let args):
      var newTarget: Expr?
      if let target {
        guard let replaced = target.replacing(name, with: replacement, nextID: &nextID) else { return nil }
        newTarget = replaced
      }
      var newArgs: [Expr] = []
      for arg in args {
        guard let replaced = arg.replacing(name, with: replacement, nextID: &nextID) else { return nil }
        newArgs.append(replaced)
      }
      kind = .call(function: function, target: newTarget, args: newArgs)
    case .list(let items, let optionalIndices):
      var newItems: [Expr] = []
      for item in items {
        guard let replaced = item.replacing(name, with: replacement, nextID: &nextID) else { return nil }
        newItems.append(replaced)
      }
      kind = .list(newItems, optionalIndices: optionalIndices)
    case .map, .message, .comprehension:
      return nil
    }
    defer { nextID += 1 }
    return Expr(id: nextID, offset: offset, kind: kind)
  }
}
