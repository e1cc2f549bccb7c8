import CEL

/// The names every expression sees: the snapshot's top-level sections and the whole snapshot as
/// variables, and the rule set's lists as a constant. A section the snapshot leaves out is bound as
/// `null`, so that rules can treat absent and null alike.
enum SnapshotVariables {
  /// The top-level sections of the snapshot format, each a variable of its own.
  static let sections = [
    "snapshot_version", "as_of", "contract", "messages", "client_agreement", "tasks", "milestones",
    "hourly", "disputes", "handover", "end_request", "feedback", "reflection", "language",
  ]
  /// The whole snapshot document as a map.
  static let snapshot = "snapshot"
  /// The rule set's named lists, a constant map of lists of strings known when rules compile.
  static let lists = "lists"

  /// Every variable in slot order.
  static let names = sections + [snapshot]

  /// The declarations of the variables, in slot order (all dynamically typed for now).
  static var declarations: [(name: String, type: CELType)] { names.map { ($0, .dyn) } }

  /// The sections' names, hashed once for looking them up in every snapshot.
  private static let sectionFields = sections.map(FieldName.init)

  /// Binds the variables of `activation` (whose first slots are these variables) to `snapshot`,
  /// and the rule set's shared `let`s after them to their programs, each to run on first use.
  static func bind(_ snapshot: Snapshot, shared: [Rule.Binding], into activation: Activation) {
    for (slot, field) in sectionFields.enumerated() { activation.set(slot, snapshot.root[field] ?? .null) }
    activation.set(sectionFields.count, .map(snapshot.root))
    for binding in shared { activation.setLazy(binding.slot, binding.expression.program) }
  }
}
