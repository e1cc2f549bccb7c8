import CEL

/// The CEL environment of a snapshot, the one home of what every expression sees: the sections
/// that the snapshot schema declares (the rule files' `schema:`, or the built-in format without
/// one) and the whole snapshot as variables, the rule set's lists as a constant, and Closeout's
/// functions on top of CEL's standard library. Loading compiles expressions in it; evaluation
/// binds each snapshot to its variables. A section the snapshot leaves out is bound as `null`,
/// so that rules can treat absent and null alike.
struct SnapshotEnvironment: Sendable {
  /// The whole snapshot document as a map.
  static let snapshot = "snapshot"
  /// The rule set's named lists, a constant map of lists of strings known when rules compile.
  static let lists = "lists"

  /// The top-level sections of the snapshot format, each a variable of its own, in schema order.
  let sections: [String]
  /// The sections' names, hashed once for looking them up in every snapshot.
  private let sectionFields: [FieldName]
  /// The environment the expressions compile in.
  let environment: Environment

  /// The environment of snapshots whose sections `schema` declares (the built-in format without
  /// one), with `lists` as the constant. With a declared schema the variables have its types, so
  /// that field paths are checked against it; without one they are `dyn`.
  init(lists: [String: WordList], schema: SnapshotSchema?) {
    let format = schema ?? .core
    sections = format.root.properties.map(\.name)
    sectionFields = sections.map(FieldName.init)
    let variables: [(name: String, type: CELType)] =
      sections.map { ($0, schema?.sectionType($0) ?? .dyn) } + [(Self.snapshot, schema?.documentType ?? .dyn)]
    environment = Environment(
      variables: variables, constants: [Self.lists: Self.constant(lists: lists)],
      functions: CloseoutFunctions.declarations + TextFunctions.declarations + DisplayFunctions.declarations)
  }

  /// How many variables there are: the sections and `snapshot`, the first slots of every
  /// activation.
  var variableCount: Int { sections.count + 1 }

  /// Binds the variables of `activation` (whose first slots are these variables) to `snapshot`
  /// (every section `null` without one), and the rule set's shared `let`s after them to their
  /// programs, each to run on first use.
  func bind(_ snapshot: Snapshot?, shared: [Rule.Binding], into activation: Activation) {
    for (slot, field) in sectionFields.enumerated() { activation.set(slot, snapshot?.root[field] ?? .null) }
    activation.set(sectionFields.count, snapshot.map { .map($0.root) } ?? .null)
    for binding in shared { activation.setLazy(binding.slot, binding.expression.program) }
  }

  /// The `lists` constant: each list by name, in name order; a list by language is a map of
  /// language codes to lists.
  static func constant(lists: [String: WordList]) -> Value {
    var map = MapValue()
    for (name, list) in lists.sorted(by: { $0.key < $1.key }) {
      switch list {
      case .words(let words):
        map.set(.string(name), .list(words.map(Value.string)))
      case .byLanguage(let languages):
        var byLanguage = MapValue()
        for (code, words) in languages.sorted(by: { $0.key < $1.key }) {
          byLanguage.set(.string(code), .list(words.map(Value.string)))
        }
        map.set(.string(name), .map(byLanguage))
      }
    }
    return .map(map)
  }
}
