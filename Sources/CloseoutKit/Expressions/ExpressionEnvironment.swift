import CEL

extension SnapshotVariables {
  /// The environment every expression compiles in: the snapshot variables, `lists` as a constant
  /// and Closeout's functions on top of CEL's standard library. With a schema, the variables have
  /// its types, so field paths are checked against it; without one they are `dyn`.
  static func environment(lists: Value, schema: SnapshotSchema? = nil) -> Environment {
    Environment(
      variables: declarations(schema: schema), constants: [SnapshotVariables.lists: lists],
      functions: CloseoutFunctions.declarations + TextFunctions.declarations + DisplayFunctions.declarations)
  }

  /// The variables typed by `schema`: `snapshot` is the document's object type, each section the
  /// type of its property (`dyn` for a section the schema does not declare).
  static func declarations(schema: SnapshotSchema?) -> [(name: String, type: CELType)] {
    guard let schema else { return declarations }
    return names.map { name in
      (name, name == snapshot ? schema.documentType : schema.sectionType(name) ?? .dyn)
    }
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
