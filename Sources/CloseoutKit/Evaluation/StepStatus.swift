/// Where a checklist step stands, decided in this order: `skipped`, `blocked`, `done`, `next`,
/// `waiting`.
public enum StepStatus: String, Sendable, CaseIterable {
  /// The step's action has happened (its `done_when` holds), or, for a step without `done_when`,
  /// nothing of its own blocks and every step before it is done.
  case done
  /// One of the step's own rules found a blocker.
  case blocked
  /// Not done, and every step it comes after is done or skipped: the step to do now.
  case next
  /// Not done, and a step it comes after is not done yet.
  case waiting
  /// The step does not concern this contract (its `applies_when` is false).
  case skipped

  /// Whether later steps may go ahead as far as this step is concerned.
  var isSettled: Bool { self == .done || self == .skipped }
}
