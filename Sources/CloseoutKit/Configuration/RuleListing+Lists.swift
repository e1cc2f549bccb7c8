/// The lists section of `closeout rules list`: each list of the rule set with where it is declared
/// (and the declarations it replaced) and each later layer's `add:`/`remove:` change.
extension RuleListing {
  /// A blank line, `lists:` and a line per list, each change under it; nothing without lists.
  func listLines() -> [String] {
    let origins = rules.loaded.listOrigins
    guard !origins.isEmpty else { return [] }
    let nameWidth = origins.map(\.name.count).max() ?? 0
    var lines = ["", "lists:"]
    for origin in origins {
      let name = TerminalText.sanitized(origin.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      var line = "   \(name)  \(Self.place(origin.declared))"
      if !origin.replaced.isEmpty {
        line += ", replacing " + origin.replaced.map(Self.place).joined(separator: ", ")
      }
      lines.append(line)
      for edit in origin.edits {
        let changes = [("add", edit.added), ("remove", edit.removed)].filter { !$0.1.isEmpty }.map {
          "\($0.0) \(Self.entries($0.1))"
        }
        lines.append("     edited at \(Self.place(edit.location)): " + changes.joined(separator: "; "))
      }
    }
    return lines
  }

  /// `"a", "b"`, or `en "a", "b"; es "c"` for entries by language, sanitised for the terminal.
  private static func entries(_ byLanguage: [String: [String]]) -> String {
    byLanguage.keys.sorted().map { language in
      let quoted = (byLanguage[language] ?? []).map { TerminalText.sanitized(JSONValue.quoted($0)) }
      return (language.isEmpty ? "" : TerminalText.sanitized(language) + " ") + quoted.joined(separator: ", ")
    }.joined(separator: "; ")
  }

  /// A list's origin as JSON: `name`, `file`, `line`, `replaced` and `edits`.
  static func json(_ origin: ListOrigin) -> JSONValue {
    .object([
      ("name", .string(origin.name)),
      ("file", .string(origin.declared.file)),
      ("line", .int(origin.declared.line)),
      ("replaced", .array(origin.replaced.map(json))),
      ("edits", .array(origin.edits.map(json))),
    ])
  }

  /// An edit as JSON: where it is, and the entries it adds and removes: a list, or an object of
  /// lists by language code.
  private static func json(_ edit: ListOrigin.Edit) -> JSONValue {
    let isByLanguage = edit.added.keys.contains { !$0.isEmpty } || edit.removed.keys.contains { !$0.isEmpty }
    func entries(_ byLanguage: [String: [String]]) -> JSONValue {
      if !isByLanguage {
        return .array((byLanguage[""] ?? []).map(JSONValue.string))
      }
      return .object(
        byLanguage.keys.sorted().map { ($0, .array((byLanguage[$0] ?? []).map(JSONValue.string))) })
    }
    return .object([
      ("file", .string(edit.location.file)),
      ("line", .int(edit.location.line)),
      ("add", entries(edit.added)),
      ("remove", entries(edit.removed)),
    ])
  }

  /// A place as JSON: `file` and `line`.
  static func json(_ location: SourceLocation) -> JSONValue {
    .object([("file", .string(location.file)), ("line", .int(location.line))])
  }
}
