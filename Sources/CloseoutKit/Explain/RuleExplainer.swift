import CEL

/// Explains a rule on a snapshot: evaluates each `let` and the condition again, node by node, so
/// that every sub-expression shows its value; the branches that `&&`, `||` and `?:` skip are marked
/// as not evaluated, as the engine skips them.
public enum RuleExplainer {
  /// The longest value text shown; longer ones are cut with `…`.
  static let maximumLength = 120

  /// The explanation of `rule` on `snapshot`.
  public static func explain(_ rule: Rule, on snapshot: Snapshot) -> Explanation {
    let activation = rule.activation(on: snapshot)
    let session = Session(environment: rule.environment, activation: activation)
    var lets: [(name: String, tree: Explanation.Node)] = []
    for binding in rule.lets {
      lets.append((binding.name.value, session.tree(of: binding.expression.source)))
    }
    return Explanation(
      rule: rule.id.value, location: rule.id.location, severity: rule.severity, lets: lets,
      appliesWhen: rule.appliesWhen.map { session.tree(of: $0.source) },
      condition: session.tree(of: rule.condition.source))
  }

  /// Evaluates the sub-expressions of one rule's expressions against one activation.
  private struct Session {
    let environment: Environment
    let activation: Activation

    /// The tree of an expression's source; a source that no longer parses is one error node.
    func tree(of source: String) -> Explanation.Node {
      do {
        let parsed = try Parser().parse(source)
        return node(parsed.root, in: parsed)
      } catch {
        return Explanation.Node(text: source, outcome: .error(error.description), children: [])
      }
    }

    private func node(_ expr: Expr, in parsed: ParsedExpr) -> Explanation.Node {
      let text = parsed.text(of: expr) ?? expr.debugDescription
      let children: [Explanation.Node]
      switch expr.kind {
      case .call(Operator.logicalAnd, nil, let args) where args.count == 2:
        children = shortCircuit(args, deciding: "false", in: parsed)
      case .call(Operator.logicalOr, nil, let args) where args.count == 2:
        children = shortCircuit(args, deciding: "true", in: parsed)
      case .call(Operator.conditional, nil, let args) where args.count == 3:
        let condition = node(args[0], in: parsed)
        let taken = condition.outcome == .value("true") ? 1 : condition.outcome == .value("false") ? 2 : nil
        children =
          [condition]
          + [1, 2].map { branch in
            branch == taken ? node(args[branch], in: parsed) : skipped(args[branch], in: parsed)
          }
      case .comprehension(let loop):
        // The loop's body refers to its own variables; its range explains it.
        children = isLiteral(loop.iterRange) ? [] : [node(loop.iterRange, in: parsed)]
      default:
        children = expr.children.filter { !isLiteral($0) }.map { node($0, in: parsed) }
      }
      return Explanation.Node(text: text, outcome: evaluate(expr), children: children)
    }

    /// Both operands of `&&` or `||`: the right one is not evaluated when the left one decides.
    private func shortCircuit(_ args: [Expr], deciding: String, in parsed: ParsedExpr) -> [Explanation.Node] {
      let left = node(args[0], in: parsed)
      let right = left.outcome == .value(deciding) ? skipped(args[1], in: parsed) : node(args[1], in: parsed)
      return [left, right]
    }

    private func skipped(_ expr: Expr, in parsed: ParsedExpr) -> Explanation.Node {
      Explanation.Node(
        text: parsed.text(of: expr) ?? expr.debugDescription, outcome: .notEvaluated, children: [])
    }

    private func evaluate(_ expr: Expr) -> Explanation.Outcome {
      do {
        return .value(
          ValueText.literal(try environment.compile(expr).evaluate(activation), limit: maximumLength))
      } catch let error as CompileError {
        return .error(error.message)
      } catch let error as EvalError {
        return .error(error.message)
      } catch {
        return .error("\(error)")
      }
    }

    private func isLiteral(_ expr: Expr) -> Bool {
      if case .literal = expr.kind { return true }
      return false
    }
  }
}
