/// Where a checklist step stands.
public enum StepStatus: String, Sendable, CaseIterable {
  /// Nothing to do.
  case done
  /// One of the step's own rules found a blocker.
  case blocked
  /// The step has no blocker of its own, but a step it depends on is blocked or waiting.
  case waiting
  /// Only warnings or advice.
  case attention
}
