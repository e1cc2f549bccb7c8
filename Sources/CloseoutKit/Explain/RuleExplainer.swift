import CEL

/// Explains a rule on a snapshot: binds the snapshot and the rule's `let`s as a check does, runs
/// each `let` and the condition's program, and evaluates their sub-expressions, node by node from
/// the parsed expression the rule keeps, so that every one shows its value; the branches that `&&`,
/// `||` and `?:` skip are marked as not evaluated, as the engine skips them.
public enum RuleExplainer {
  /// The longest value text shown; longer ones are cut with `…`.
  static let maximumLength = 120

  /// The explanation of `rule` on `snapshot`.
  public static func explain(_ rule: Rule, on snapshot: Snapshot) -> Explanation {
    let (evaluation, prepared) = RuleEvaluation.alone(rule, on: snapshot)
    let evaluator = SubexpressionEvaluator(
      environment: rule.environment, activation: evaluation.activation(for: prepared))
    var lets: [(name: String, tree: Explanation.Node)] = []
    for binding in rule.lets {
      lets.append((binding.name.value, evaluator.tree(of: binding.expression).node))
    }
    let appliesWhen = rule.appliesWhen.map(evaluator.tree)
    let condition = evaluator.tree(of: rule.condition)
    let applies = appliesWhen.map { isBool($0.value, true) } ?? true
    return Explanation(
      rule: rule.id.value, location: rule.id.location, severity: rule.severity, lets: lets,
      appliesWhen: appliesWhen?.node, condition: condition.node, applies: applies,
      fired: applies && isBool(condition.value, true))
  }

  /// Whether `value` is the bool `truth`: decided on the value, not on its text.
  private static func isBool(_ value: Value?, _ truth: Bool) -> Bool {
    if case .bool(let actual)? = value { return actual == truth }
    return false
  }

  /// Evaluates the sub-expressions of one rule's expressions against one activation.
  private struct SubexpressionEvaluator {
    let environment: Environment
    let activation: Activation

    /// The tree of an expression and its value, which its program gives, as in a check.
    func tree(of expression: Expression) -> (node: Explanation.Node, value: Value?) {
      let known: (Explanation.Outcome, Value?)
      do {
        let value = try expression.program.evaluate(activation)
        known = (.value(ValueText.literal(value, limit: maximumLength)), value)
      } catch {
        known = (.error(error.message), nil)
      }
      return node(expression.parsed.root, in: expression.parsed, known: known)
    }

    /// The node of `expr` and its value; `known` is its outcome and value when they are known.
    private func node(
      _ expr: Expr, in parsed: ParsedExpr, known: (Explanation.Outcome, Value?)? = nil
    ) -> (node: Explanation.Node, value: Value?) {
      let text = parsed.text(of: expr) ?? expr.debugDescription
      let children: [Explanation.Node]
      var notes: [String] = []
      switch expr.kind {
      case .call(Operator.logicalAnd, nil, let args) where args.count == 2:
        children = shortCircuit(args, deciding: false, in: parsed)
      case .call(Operator.logicalOr, nil, let args) where args.count == 2:
        children = shortCircuit(args, deciding: true, in: parsed)
      case .call(Operator.conditional, nil, let args) where args.count == 3:
        let condition = node(args[0], in: parsed)
        let taken = isBool(condition.value, true) ? 1 : isBool(condition.value, false) ? 2 : nil
        children =
          [condition.node]
          + [1, 2].map { branch in
            branch == taken ? node(args[branch], in: parsed).node : skipped(args[branch], in: parsed)
          }
      case .comprehension(let loop):
        // The loop's body refers to its own variables; its range explains it, and what the word
        // calls of its body found in each element.
        if isLiteral(loop.iterRange) {
          children = []
        } else {
          let range = node(loop.iterRange, in: parsed)
          children = [range.node]
          notes = loopWordNotes(loop, range: range.value, in: parsed)
        }
      default:
        children = expr.children.filter { !isLiteral($0) }.map { node($0, in: parsed).node }
      }
      let (outcome, value) = known ?? evaluate(expr)
      if case .call(let function, let target?, let args) = expr.kind,
        WordOccurrences.functions.contains(function), value != nil
      {
        let values = ([target] + args).map { evaluate($0).1 }
        let known = values.compactMap { $0 }
        if known.count == values.count {
          notes = wordNotes(in: parsed.text(of: target) ?? target.debugDescription, known)
        }
      }
      return (Explanation.Node(text: text, outcome: outcome, children: children, notes: notes), value)
    }

    /// The elements of a loop explained at most: a longer range shows the first ones.
    private static let loopElements = 100

    /// What the word calls of a loop's body found in each element of its range (`messages`): for
    /// each call that reads the loop's variable (`m.text.containsAnyWord(…)`), evaluated with the
    /// variable replaced by `messages[i]`, each entry matched and where (`messages[3].text`).
    /// Calls that read a nested loop's variables are left out; so are elements with no match.
    private func loopWordNotes(_ loop: Comprehension, range: Value?, in parsed: ParsedExpr) -> [String] {
      guard case .list(let items)? = range, let rangeText = parsed.text(of: loop.iterRange) else { return [] }
      let calls = wordCalls(in: loop.loopStep).filter { $0.mentions(loop.iterVar) }
      guard !calls.isEmpty else { return [] }
      let plainRange = rangeText.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
      var notes: [String] = []
      var nextID = Int.max / 2
      for index in items.indices.prefix(Self.loopElements) {
        let element = plainRange ? "\(rangeText)[\(index)]" : "(\(rangeText))[\(index)]"
        let position = Expr(id: 0, offset: loop.iterRange.offset, kind: .literal(.int(Int64(index))))
        let replacement = Expr(
          id: 0, offset: loop.iterRange.offset,
          kind: .call(function: Operator.index, target: nil, args: [loop.iterRange, position]))
        for call in calls {
          guard case .call(_, let target?, let args) = call.kind else { continue }
          var values: [Value] = []
          for argument in [target] + args {
            guard let replaced = argument.replacing(loop.iterVar, with: replacement, nextID: &nextID),
              let value = evaluate(replaced).1
            else { break }
            values.append(value)
          }
          guard values.count == args.count + 1 else { continue }
          let targetText = parsed.text(of: target) ?? target.debugDescription
          let name =
            targetText == loop.iterVar || targetText.hasPrefix(loop.iterVar + ".")
            ? element + targetText.dropFirst(loop.iterVar.count) : "\(targetText) of \(element)"
          notes += wordNotes(in: name, values, reportingNone: false)
        }
      }
      return notes
    }

    /// The calls of word functions in `expr`, outside nested loops.
    private func wordCalls(in expr: Expr) -> [Expr] {
      if case .comprehension = expr.kind { return [] }
      var calls: [Expr] = []
      if case .call(let function, _?, _) = expr.kind, WordOccurrences.functions.contains(function) {
        calls.append(expr)
      }
      return calls + expr.children.flatMap(wordCalls)
    }

    /// What a word function's call found, from the values of its text and its other arguments:
    /// each entry matched and where in the text called `name`, or (when `reportingNone`) that
    /// none did.
    private func wordNotes(in name: String, _ values: [Value], reportingNone: Bool = true) -> [String] {
      guard case .string(let text)? = values.first, let found = try? WordOccurrences.find(values) else {
        return []
      }
      guard !found.isEmpty else { return reportingNone ? ["no entry matched in \(name)"] : [] }
      let shown = 5
      let utf8 = Array(text.utf8)
      var notes = found.prefix(shown).map { occurrence in
        let start = text.distance(
          from: text.startIndex,
          to: text.utf8.index(text.utf8.startIndex, offsetBy: occurrence.range.lowerBound))
        let written = String(decoding: utf8[occurrence.range], as: UTF8.self)
        return "matched \(ValueText.literal(.string(occurrence.entry), limit: maximumLength)) in \(name) "
          + "at character \(start + 1)"
          + (written == occurrence.entry
            ? "" : " as \(ValueText.literal(.string(written), limit: maximumLength))")
      }
      if found.count > shown { notes.append("and \(found.count - shown) more in \(name)") }
      return notes
    }

    /// Both operands of `&&` or `||`: the right one is not evaluated when the left one decides.
    private func shortCircuit(_ args: [Expr], deciding: Bool, in parsed: ParsedExpr) -> [Explanation.Node] {
      let left = node(args[0], in: parsed)
      let right =
        isBool(left.value, deciding) ? skipped(args[1], in: parsed) : node(args[1], in: parsed).node
      return [left.node, right]
    }

    private func skipped(_ expr: Expr, in parsed: ParsedExpr) -> Explanation.Node {
      Explanation.Node(
        text: parsed.text(of: expr) ?? expr.debugDescription, outcome: .notEvaluated, children: [])
    }

    /// The value of a sub-expression, compiled from its node in the rule's environment.
    private func evaluate(_ expr: Expr) -> (Explanation.Outcome, Value?) {
      do {
        let value = try environment.compile(expr).evaluate(activation)
        return (.value(ValueText.literal(value, limit: maximumLength)), value)
      } catch let error as CompileError {
        return (.error(error.message), nil)
      } catch let error as EvalError {
        return (.error(error.message), nil)
      } catch {
        return (.error("\(error)"), nil)
      }
    }

    private func isLiteral(_ expr: Expr) -> Bool {
      if case .literal = expr.kind { return true }
      return false
    }
  }
}
