import CEL

/// Finds `lists.NAME` references in an expression, so an unknown list is a load error rather than a
/// "no such key" error on every snapshot.
enum ListReferences {
  /// A reference to a list by name, at an offset in the expression.
  struct Reference: Equatable {
    var name: String
    var offset: Int
  }

  /// The references to lists not in `known`, in source order.
  static func unknown(in expr: Expr, known: [String]) -> [Reference] {
    var found: [Reference] = []
    collect(expr, shadowed: false, into: &found)
    let known = Set(known)
    return found.filter { !known.contains($0.name) }.sorted { $0.offset < $1.offset }
  }

  private static func collect(_ expr: Expr, shadowed: Bool, into found: inout [Reference]) {
    switch expr.kind {
    case .literal, .ident:
      break
    case .select(let operand, let field, _):
      if !shadowed, case .ident(SnapshotEnvironment.lists) = operand.kind {
        found.append(Reference(name: field, offset: operand.offset))
      } else {
        collect(operand, shadowed: shadowed, into: &found)
      }
    case .call(_, let target, let args):
      if let target { collect(target, shadowed: shadowed, into: &found) }
      for arg in args { collect(arg, shadowed: shadowed, into: &found) }
    case .list(let items, _):
      for item in items { collect(item, shadowed: shadowed, into: &found) }
    case .map(let entries):
      for entry in entries {
        collect(entry.key, shadowed: shadowed, into: &found)
        collect(entry.value, shadowed: shadowed, into: &found)
      }
    case .message(_, let fields):
      for field in fields { collect(field.value, shadowed: shadowed, into: &found) }
    case .comprehension(let loop):
      collect(loop.iterRange, shadowed: shadowed, into: &found)
      collect(loop.accuInit, shadowed: shadowed, into: &found)
      // A macro variable named `lists` hides the rule set's lists inside the loop.
      let inner =
        shadowed || loop.iterVar == SnapshotEnvironment.lists || loop.iterVar2 == SnapshotEnvironment.lists
        || loop.accuVar == SnapshotEnvironment.lists
      collect(loop.loopCondition, shadowed: inner, into: &found)
      collect(loop.loopStep, shadowed: inner, into: &found)
      collect(loop.result, shadowed: inner, into: &found)
    }
  }
}
