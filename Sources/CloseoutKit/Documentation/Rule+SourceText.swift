extension Rule {
  /// The rule's `let` bindings and condition as lines of text: `let NAME = EXPR` for each binding,
  /// then `when EXPR`; expressions that span lines keep their line breaks.
  var conditionText: String {
    var lines = lets.map { "let \($0.name.value) = \($0.expression.source)" }
    lines.append("when \(condition.source)")
    return lines.joined(separator: "\n")
  }
}

extension Template {
  /// The template as written in its rule file, `{{ }}` parts included.
  var sourceText: String {
    for part in parts {
      // Every expression of a template points into the same scalar: its text is the whole template.
      if case .expression(let expression) = part { return expression.scalar.text }
    }
    return parts.map { part in
      switch part {
      case .text(let text): text
      case .expression(let expression): "{{ \(expression.source) }}"
      }
    }.joined()
  }
}
