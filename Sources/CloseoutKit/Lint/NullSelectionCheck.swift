import CEL

/// Finds selections that can fail at run time: a field selected on a section or object the schema
/// lets be null and gives no default, where nothing in the expression rules the null out. On a
/// snapshot that writes null there (or leaves it out), `feedback.public_text` is an error ("no
/// such key") that fails the rule, where the author meant a missing value.
///
/// A selection is guarded when the expression around it settles the null first, in any of the
/// ways CEL's operators make safe: `p != null && p.f`, `has(p.f) && p.f`, `p == null || p.f`,
/// `p != null ? p.f : …` (either side of `&&` and `||` guards the other, since CEL absorbs an
/// error on one side when the other decides). Paths are followed from the snapshot's sections
/// (`contract.client.name`) and from `snapshot`; values reached through `let`s and loop
/// variables are not followed.
struct NullSelectionCheck {
  let schema: SnapshotSchema
  private var warnings: [Diagnostic] = []
  /// The places warned about, so that one selection repeated in one expression warns once.
  private var warned: Set<String> = []

  /// A warning for each unguarded selection on a nullable object in `ruleSet`'s expressions.
  static func warnings(in ruleSet: RuleSet) -> [Diagnostic] {
    guard let schema = ruleSet.schema else { return [] }
    var check = NullSelectionCheck(schema: schema)
    let expressions =
      ruleSet.lets.map(\.expression)
      + ruleSet.rules.flatMap { $0.lets.map(\.expression) + $0.expressions }
      + ruleSet.steps.flatMap { $0.lets.map(\.expression) + $0.expressions }
    for expression in expressions {
      check.warned = []
      check.visit(expression.parsed.root, guarded: [], in: expression)
    }
    return check.warnings
  }

  private init(schema: SnapshotSchema) { self.schema = schema }

  /// Visits `expr` knowing that the paths in `guarded` are not null wherever it decides the result.
  private mutating func visit(_ expr: Expr, guarded: Set<String>, in expression: Expression) {
    switch expr.kind {
    case .select(let operand, let field, _):
      if let path = Self.path(of: operand), !guarded.contains(path), let node = nullableObject(at: path) {
        report(path, field: field, node: node, at: expr, in: expression)
      }
      visit(operand, guarded: guarded, in: expression)
    case .call(Operator.logicalAnd, nil, let args) where args.count == 2:
      visit(args[0], guarded: guarded.union(Self.nonNull(whenTrue: args[1])), in: expression)
      visit(args[1], guarded: guarded.union(Self.nonNull(whenTrue: args[0])), in: expression)
    case .call(Operator.logicalOr, nil, let args) where args.count == 2:
      visit(args[0], guarded: guarded.union(Self.nonNull(whenFalse: args[1])), in: expression)
      visit(args[1], guarded: guarded.union(Self.nonNull(whenFalse: args[0])), in: expression)
    case .call(Operator.conditional, nil, let args) where args.count == 3:
      visit(args[0], guarded: guarded, in: expression)
      visit(args[1], guarded: guarded.union(Self.nonNull(whenTrue: args[0])), in: expression)
      visit(args[2], guarded: guarded.union(Self.nonNull(whenFalse: args[0])), in: expression)
    default:
      for child in expr.children { visit(child, guarded: guarded, in: expression) }
    }
  }

  /// The schema node at `path` when it is an object that may be null and has no default.
  private func nullableObject(at path: String) -> SchemaNode? {
    guard let node = schema.node(at: path), let types = node.types, types.contains(.object),
      types.contains(.null), node.defaultValue == nil
    else { return nil }
    return node
  }

  private mutating func report(
    _ path: String, field: String, node: SchemaNode, at expr: Expr, in expression: Expression
  ) {
    guard warned.insert("\(path).\(field)").inserted else { return }
    warnings.append(
      Diagnostic(
        .warning, at: expression.location(atOffset: expr.offset),
        "'\(path).\(field)' fails when '\(path)' is null, which the schema allows",
        hint:
          "guard it ('\(path) != null && …'), read it as '\(path).?\(field).orValue(…)', or give '\(path)' a 'default:' in the schema"
      ))
  }

  /// The dotted path of a chain of field selections from a snapshot section, without a leading
  /// `snapshot`; nil for anything else.
  static func path(of expr: Expr) -> String? {
    guard var parts = expr.nameChain?.map(\.part) else { return nil }
    if parts.first == "snapshot" { parts.removeFirst() }
    return parts.isEmpty ? nil : parts.joined(separator: ".")
  }

  /// The paths that are not null when `condition` is true: `p != null`, `has(p.f)`, and both
  /// sides of `&&`.
  static func nonNull(whenTrue condition: Expr) -> Set<String> {
    switch condition.kind {
    case .call(Operator.notEquals, nil, let args) where args.count == 2:
      return comparedWithNull(args)
    case .select(let operand, _, testOnly: true):
      return path(of: operand).map { [$0] } ?? []
    case .call(Operator.logicalAnd, nil, let args) where args.count == 2:
      return nonNull(whenTrue: args[0]).union(nonNull(whenTrue: args[1]))
    case .call(Operator.logicalNot, nil, let args) where args.count == 1:
      return nonNull(whenFalse: args[0])
    default:
      return []
    }
  }

  /// The paths that are not null when `condition` is false: `p == null`, and both sides of `||`.
  static func nonNull(whenFalse condition: Expr) -> Set<String> {
    switch condition.kind {
    case .call(Operator.equals, nil, let args) where args.count == 2:
      return comparedWithNull(args)
    case .call(Operator.logicalOr, nil, let args) where args.count == 2:
      return nonNull(whenFalse: args[0]).union(nonNull(whenFalse: args[1]))
    case .call(Operator.logicalNot, nil, let args) where args.count == 1:
      return nonNull(whenTrue: args[0])
    default:
      return []
    }
  }

  /// The path compared with `null` in `p == null`, `null != p` and the like.
  private static func comparedWithNull(_ args: [Expr]) -> Set<String> {
    if case .literal(.null) = args[1].kind, let path = path(of: args[0]) { return [path] }
    if case .literal(.null) = args[0].kind, let path = path(of: args[1]) { return [path] }
    return []
  }
}
