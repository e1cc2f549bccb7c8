import CEL

/// The variables every expression sees: the snapshot's top-level sections, the whole snapshot and
/// the rule set's lists. A section the snapshot leaves out is bound as `null`, so that rules can treat
/// absent and null alike.
enum SnapshotVariables {
  /// The top-level sections of the snapshot format, each a variable of its own.
  static let sections = [
    "snapshot_version", "as_of", "contract", "messages", "client_agreement", "tasks", "milestones",
    "hourly", "disputes", "handover", "end_request", "feedback", "reflection",
  ]
  /// The whole snapshot document as a map.
  static let snapshot = "snapshot"
  /// The rule set's named lists, as a map of lists of strings.
  static let lists = "lists"

  /// Every base variable in slot order.
  static let names = sections + [snapshot, lists]

  /// The declarations of the base variables, in slot order (all dynamically typed for now).
  static var declarations: [(name: String, type: CELType)] { names.map { ($0, .dyn) } }

  /// The values of the base variables for one snapshot, in slot order.
  static func values(of snapshot: Snapshot, lists: Value) -> [Value] {
    var values = sections.map { snapshot.root[$0] ?? .null }
    values.append(.map(snapshot.root))
    values.append(lists)
    return values
  }
}
