import Testing

@testable import CloseoutKit

/// A later layer changes a list with `add:` and `remove:` instead of replacing it.
@Suite struct ListEditTests {
  private static let base = """
    lists:
      statuses: [open, in_progress, waiting]
      greetings:
        en: [hello, hi]
        es: [hola]
    """

  /// The rule set of the base layer and `team`, or the summaries of its problems.
  private func load(_ team: String) -> (RuleSet?, [String]) {
    Fixtures.layered([("base/lists.yaml", Self.base), ("team/lists.yaml", team)])
  }

  @Test func entriesAreRemovedThenAddedKeepingTheOrderAndIgnoringCase() throws {
    let (set, problems) = load(
      """
      lists:
        statuses:
          add: [blocked, Open]
          remove: [OPEN, waiting]
        greetings:
          add: {en: [hey], de: [hallo]}
          remove: {es: [hola]}
      """)
    #expect(problems == [])
    let lists = try #require(set?.lists)
    // "Open" is added again after "open" was removed; case is ignored when comparing only.
    #expect(lists["statuses"] == .words(["in_progress", "blocked", "Open"]))
    #expect(lists["greetings"] == .byLanguage(["en": ["hello", "hi", "hey"], "es": [], "de": ["hallo"]]))
    let origin = try #require(set?.listOrigins.first { $0.name == "greetings" })
    #expect("\(origin.declared.file):\(origin.declared.line)" == "base/lists.yaml:3")
    #expect(
      origin.edits == [
        ListOrigin.Edit(
          location: SourceLocation(file: "team/lists.yaml", line: 5, column: 3),
          added: ["en": ["hey"], "de": ["hallo"]], removed: ["es": ["hola"]])
      ])
  }

  @Test func aListDeclaredAgainReplacesTheEarlierOneAndSaysSo() throws {
    let (set, problems) = Fixtures.layered([
      ("base/lists.yaml", Self.base), ("team/lists.yaml", "lists:\n  statuses: [open]\n"),
      ("more/lists.yaml", "lists:\n  statuses:\n    add: [done]\n"),
    ])
    #expect(problems == [])
    let origin = try #require(set?.listOrigins.first { $0.name == "statuses" })
    #expect("\(origin.declared.file):\(origin.declared.line)" == "team/lists.yaml:2")
    #expect(origin.replaced.map { "\($0.file):\($0.line)" } == ["base/lists.yaml:2"])
    #expect(origin.edits.map { "\($0.location.file):\($0.location.line)" } == ["more/lists.yaml:2"])
    #expect(set?.listOrigins.map(\.name) == ["statuses", "greetings"])
  }

  @Test func anEntryAddedTwiceIsKeptOnce() {
    let (set, _) = load("lists:\n  statuses:\n    add: [waiting, blocked, blocked]\n")
    #expect(set?.lists["statuses"] == .words(["open", "in_progress", "waiting", "blocked"]))
  }

  @Test func mistakesAreLocated() {
    #expect(
      load("lists:\n  statuses:\n    remove: [closed]\n").1
        == ["team/lists.yaml:3:14: error: 'remove' names 'closed', which the list 'statuses' does not hold"])
    #expect(
      load("lists:\n  greetings:\n    add: [hey]\n").1
        == [
          "team/lists.yaml:2:3: error: the list 'greetings' has entries by language, so 'add' and 'remove' must give them by language"
        ])
    #expect(
      load("lists:\n  statuses:\n    add: {en: [x]}\n").1
        == [
          "team/lists.yaml:2:3: error: the list 'statuses' is not by language, so 'add' and 'remove' must be lists of entries"
        ])
    #expect(
      load("lists:\n  status:\n    add: [x]\n").1
        == ["team/lists.yaml:2:3: error: there is no list 'status' in an earlier layer to change"])
  }

  @Test func aChangeOfAListOfTheSameLayerIsNotApplied() {
    do {
      _ = try Fixtures.ruleSet([
        ("a.yaml", "lists:\n  words: [a]\n"), ("b.yaml", "lists:\n  other: [b]\n  words:\n    add: [c]\n"),
      ])
      Issue.record("changing a list of the same layer must be an error")
    } catch {
      #expect(
        error.diagnostics.map(\.summary) == [
          "b.yaml:3:3: error: there is no list 'words' in an earlier layer to change"
        ])
    }
  }
}
