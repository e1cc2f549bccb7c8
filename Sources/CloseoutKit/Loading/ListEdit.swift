/// A later layer's change to a list that an earlier layer declares, instead of a whole new list:
///
/// ```yaml
/// lists:
///   ending_phrases:
///     add: [wrap things up]
///     remove: [finish]
///   polite_words:              # a list by language is changed by language
///     add: {en: [cheers], es: [saludos]}
/// ```
///
/// Removed entries go, added ones come after the entries kept (an entry the list already holds is
/// not added twice); entries compare ignoring case, as the word functions match them.
struct ListEdit: Sendable {
  /// Entries by language code; the empty code holds those of a list that is not by language.
  typealias Entries = [String: [Located<String>]]

  /// The keys that make a list's entry a change rather than a list by language.
  static let keys: Set<String> = ["add", "remove"]

  /// The list changed, where the change is written.
  var name: Located<String>
  var add: Entries = [:]
  var remove: Entries = [:]

  /// The earlier list with this change made, named where the change is; or nil and the problems
  /// that stop it: entries by language for a list that is not (or the reverse), an entry to
  /// remove that the list does not hold.
  func applied(to earlier: ListDefinition) -> (list: ListDefinition?, problems: [Diagnostic]) {
    switch earlier.words {
    case .words(let words):
      if let problem = shapeProblem(expectingLanguages: false) { return (nil, [problem]) }
      let (edited, problems) = edit(words, language: "")
      return problems.isEmpty ? (made(to: earlier, words: .words(edited)), []) : (nil, problems)
    case .byLanguage(let lists):
      if let problem = shapeProblem(expectingLanguages: true) { return (nil, [problem]) }
      var edited = lists
      var problems: [Diagnostic] = []
      for language in Set(add.keys).union(remove.keys).sorted() {
        let (words, found) = edit(lists[language] ?? [], language: language)
        edited[language] = words
        problems += found
      }
      return problems.isEmpty ? (made(to: earlier, words: .byLanguage(edited)), []) : (nil, problems)
    }
  }

  /// `earlier` with the entries `words`, named where this change is and with it in its origin.
  private func made(to earlier: ListDefinition, words: WordList) -> ListDefinition {
    var list = earlier
    list.name = name
    list.words = words
    list.origin.edits.append(
      ListOrigin.Edit(
        location: name.location, added: add.mapValues { $0.map(\.value) },
        removed: remove.mapValues { $0.map(\.value) }))
    return list
  }

  /// `words` without the entries removed in `language`, then with those added.
  private func edit(_ words: [String], language: String) -> (words: [String], problems: [Diagnostic]) {
    let removed = remove[language] ?? []
    let removedKeys = Set(removed.map { $0.value.lowercased() })
    let present = Set(words.map { $0.lowercased() })
    let problems = removed.filter { !present.contains($0.value.lowercased()) }.map { entry in
      Diagnostic(
        at: entry.location,
        "'remove' names '\(entry.value)', which the list '\(name.value)'\(language.isEmpty ? "" : " (\(language))") does not hold",
        hint:
          "remove only entries of the list as declared before; `closeout rules list` shows where it comes from"
      )
    }
    var kept = words.filter { !removedKeys.contains($0.lowercased()) }
    var seen = Set(kept.map { $0.lowercased() })
    for entry in add[language] ?? [] where seen.insert(entry.value.lowercased()).inserted {
      kept.append(entry.value)
    }
    return (kept, problems)
  }

  /// The problem of entries given by language for a list that is not by language, or the reverse.
  private func shapeProblem(expectingLanguages: Bool) -> Diagnostic? {
    let codes = Set(add.keys).union(remove.keys)
    guard expectingLanguages ? codes.contains("") : codes.contains(where: { !$0.isEmpty }) else { return nil }
    return Diagnostic(
      at: name.location,
      expectingLanguages
        ? "the list '\(name.value)' has entries by language, so 'add' and 'remove' must give them by language"
        : "the list '\(name.value)' is not by language, so 'add' and 'remove' must be lists of entries",
      hint: expectingLanguages ? "for example `add: {en: [...]}`" : "for example `add: [...]`")
  }
}
