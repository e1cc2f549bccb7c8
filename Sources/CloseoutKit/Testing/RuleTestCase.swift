/// One case of a rule test file: a snapshot and what the rules must make of it.
public struct RuleTestCase: Sendable {
  /// The case's name, unique in its file.
  public var name: Located<String>
  /// The test file the case is written in.
  public var file: String
  /// The snapshot to check, with the case's patches applied.
  public var snapshot: Snapshot
  /// What the checklist must show.
  public var expectations: RuleTestExpectations
}

/// What a case expects of the checklist; every part is optional, but a case expects something.
public struct RuleTestExpectations: Sendable {
  /// Rules that must fire.
  public var fires: [Located<String>] = []
  /// Rules that must stay silent.
  public var silent: [Located<String>] = []
  /// The status each named step must have.
  public var steps: [(step: Located<String>, status: StepStatus)] = []
  /// Whether the contract must be ready to end.
  public var verdict: Located<RuleTestVerdict>?
  /// Text that a rule's finding message must contain (the rule must fire).
  public var messages: [(rule: Located<String>, text: String)] = []
  /// Text that the checklist's next action must contain.
  public var next: Located<String>?

  /// Whether nothing is expected at all.
  var isEmpty: Bool {
    fires.isEmpty && silent.isEmpty && steps.isEmpty && verdict == nil && messages.isEmpty && next == nil
  }

  /// The rules the case expects to fire: those in `fires` and those whose message is checked.
  public var firingRules: [String] {
    var ids = fires.map(\.value)
    for message in messages where !ids.contains(message.rule.value) { ids.append(message.rule.value) }
    return ids
  }
}

/// The verdict a case expects, named as in `check --format json`.
public enum RuleTestVerdict: String, Sendable, CaseIterable {
  /// No blocker fired and every rule could be evaluated.
  case ready
  /// A blocker fired, or a rule could not be evaluated.
  case notReady = "not_ready"
}
