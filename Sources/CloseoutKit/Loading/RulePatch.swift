/// A later layer's change to a rule that an earlier layer declares, with only the keys that
/// change instead of a copy of the whole rule:
///
/// ```yaml
/// rules:
///   - patch: end-reason-required
///     severity: warning
///     when: original.when && contract.kind == 'fixed_price'
/// ```
///
/// A key given replaces the rule's; `let:` entries replace the rule's lets of the same name and
/// add the others after them. `original.when` is the patched rule's own condition, evaluated
/// only where it is used, so a patch adds a condition without repeating the original.
struct RulePatch: Sendable {
  /// The rule changed, where the patch names it.
  var id: Located<String>
  /// The keys that change.
  var keys: RuleKeys

  /// The name by which a patch's expressions read the original rule's condition.
  static let originalWhen = "original.when"

  /// `rule` with this patch's keys, keeping its id (and its place in the rule set).
  func applied(to rule: RuleDefinition) -> RuleDefinition {
    var patched = rule
    patched.patches.append(id.location)
    if let step = keys.step { patched.step = step }
    if let severity = keys.severity { patched.severity = severity }
    if let title = keys.title { patched.title = title }
    if let rationale = keys.rationale { patched.rationale = rationale }
    if let appliesWhen = keys.appliesWhen { patched.appliesWhen = appliesWhen }
    if let message = keys.message { patched.message = message }
    if let next = keys.next { patched.next = next }
    if let due = keys.due { patched.due = due }
    if let at = keys.at { patched.at = at }
    if let when = keys.when {
      // The original condition stays reachable as a lazy `let`, after the rule's own lets it reads.
      patched.lets.append((Located(Self.originalWhen, at: id.location), rule.when))
      patched.when = when
    }
    for (name, source) in keys.lets {
      if let index = patched.lets.firstIndex(where: { $0.name.value == name.value }) {
        patched.lets[index] = (name, source)
      } else {
        patched.lets.append((name, source))
      }
    }
    return patched
  }
}

/// The keys a rule entry gives besides its id, each decoded where given: a rule needs most of
/// them, a patch any.
struct RuleKeys: Sendable {
  var step: Located<String>?
  var severity: Severity?
  var title: String?
  var rationale: String?
  var lets: [(name: Located<String>, source: ExpressionScalar)]
  var appliesWhen: ExpressionScalar?
  var when: ExpressionScalar?
  var message: ExpressionScalar?
  var next: ExpressionScalar?
  var due: ExpressionScalar?
  var at: PointerSource?
}
