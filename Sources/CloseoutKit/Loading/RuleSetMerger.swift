import CEL

/// Merges rule files into one rule set: within a directory an id may be declared once; a later
/// directory's step, list or rule replaces an earlier one with the same id, keeping its place.
struct RuleSetMerger {
  private var steps = Layered<Step>()
  private var lists = Layered<ListDefinition>()
  private var lets = Layered<SharedLet>()
  private var rules = Layered<RuleDefinition>()
  /// Rules that could not be read whole, kept to check what they have.
  private(set) var partialRules: [PartialRule] = []
  /// The snapshot schema: a later directory's extends an earlier one's.
  private var schema: SnapshotSchema?

  /// Adds one directory's files; returns the duplicate ids among them.
  mutating func add(layer files: [RuleFile]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    let schemas = files.compactMap(\.schema)
    if let first = schemas.first {
      schema = schema.map { SnapshotSchema(root: $0.root.extended(by: first.schema.root)) } ?? first.schema
      for duplicate in schemas.dropFirst() {
        problems.append(
          Diagnostic(
            at: duplicate.location, "the snapshot schema is declared twice in one rule directory",
            hint:
              "declare 'schema:' in one file; to extend it, put the additions in a rule directory given later",
            notes: [.init(location: first.location, message: "the schema is first declared here")]))
      }
    }
    problems += steps.add(files.flatMap(\.steps), id: \.id, kind: "step")
    let edited = files.flatMap(\.listEdits).compactMap { edit in
      let (list, found) = apply(edit)
      problems += found
      return list
    }
    // A list declared again with its entries replaces the earlier one; its origin says so.
    let declared = files.flatMap(\.lists).map { list in
      guard let earlier = lists.item(list.name.value) else { return list }
      var replacing = list
      replacing.origin = earlier.origin.replaced(by: list.name.location)
      return replacing
    }
    problems += lists.add(declared + edited, id: \.name, kind: "list")
    problems += lets.add(files.flatMap(\.lets), id: \.name, kind: "shared let")
    let patched = files.flatMap(\.rulePatches).compactMap { patch in
      let (rule, found) = apply(patch)
      problems += found
      return rule
    }
    problems += rules.add(files.flatMap(\.rules) + patched, id: \.id, kind: "rule")
    partialRules += files.flatMap(\.partialRules)
    return problems
  }

  /// The list of an earlier layer with `edit` made, or nil and what stops it.
  private func apply(_ edit: ListEdit) -> (list: ListDefinition?, problems: [Diagnostic]) {
    let found = lists.earlier(
      edit.name, id: \.name.value,
      missing: "there is no list '\(edit.name.value)' in an earlier layer to change",
      hint: "'add' and 'remove' change a list of the built-in rules or of a rule directory given before; "
        + "to declare a new list, give its entries")
    switch found {
    case .failure(let problem): return (nil, [problem])
    case .success(let earlier): return edit.applied(to: earlier)
    }
  }

  /// The rule of an earlier layer with `patch` made, or nil and what stops it.
  private func apply(_ patch: RulePatch) -> (rule: RuleDefinition?, problems: [Diagnostic]) {
    let found = rules.earlier(
      patch.id, id: \.id.value, missing: "there is no rule '\(patch.id.value)' in an earlier layer to patch",
      hint: "'patch' changes a rule of the built-in rules or of a rule directory given before; "
        + "to add a rule, give it an 'id'")
    let earlier: RuleDefinition
    switch found {
    case .failure(let problem): return (nil, [problem])
    case .success(let rule): earlier = rule
    }
    if patch.keys.when != nil, earlier.lets.contains(where: { $0.name.value == RulePatch.originalWhen }) {
      let problem = Diagnostic(
        at: patch.id.location, "the rule '\(patch.id.value)' has its 'when' patched already",
        hint: "patch a rule's 'when' in one layer; write the whole condition there")
      return (nil, [problem])
    }
    return (patch.applied(to: earlier), [])
  }

  /// The merged declarations, steps in dependency order, and the problems between them: unknown
  /// steps in `after` and in rules, and cycles.
  func result() -> (
    steps: [Step], lists: [ListDefinition], lets: [SharedLet], rules: [RuleDefinition],
    schema: SnapshotSchema?,
    problems: [Diagnostic]
  ) {
    let graph = StepGraph(steps: steps.items).ordered()
    var problems = graph.problems
    let stepIDs = Set(steps.items.map(\.id.value))
    let candidates = Spelling.Candidates(steps.items.map(\.id.value))
    for rule in rules.items where !stepIDs.contains(rule.step.value) {
      problems.append(
        Diagnostic(
          at: rule.step.location, "rule '\(rule.id.value)' belongs to unknown step '\(rule.step.value)'",
          hint: Suggestion.didYouMean(rule.step.value, among: candidates)))
    }
    for step in partialRules.compactMap(\.step) where !stepIDs.contains(step.value) {
      problems.append(
        Diagnostic(
          at: step.location, "a rule belongs to unknown step '\(step.value)'",
          hint: Suggestion.didYouMean(step.value, among: candidates)))
    }
    return (graph.steps, lists.items, lets.items, rules.items, schema, problems)
  }
}

/// Declarations of one kind, in order, unique by id.
private struct Layered<Item> {
  private(set) var items: [Item] = []
  private var positions: [String: Int] = [:]

  /// The item of the layers added so far with the id `id`, if any.
  func item(_ id: String) -> Item? {
    positions[id].map { items[$0] }
  }

  /// The item of the layers added so far that `name` names, for a later layer to change; else
  /// the error `missing` at `name`, with a did-you-mean among the items' ids or `hint`.
  func earlier(_ name: Located<String>, id: (Item) -> String, missing: String, hint: String)
    -> Result<Item, Diagnostic>
  {
    if let item = item(name.value) { return .success(item) }
    return .failure(
      Diagnostic(
        at: name.location, missing, hint: Suggestion.didYouMean(name.value, among: items.map(id)) ?? hint))
  }

  /// Adds one layer's items: a duplicate within the layer is a problem; an id from an earlier
  /// layer is replaced in place.
  mutating func add(_ layer: [Item], id: (Item) -> Located<String>, kind: String) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var seen: [String: Located<String>] = [:]
    for item in layer {
      let itemID = id(item)
      if let first = seen[itemID.value] {
        problems.append(
          Diagnostic(
            at: itemID.location, "duplicate \(kind) id '\(itemID.value)'",
            hint: "ids must be unique; to override a \(kind), put it in a rule directory given later",
            notes: [.init(location: first.location, message: "'\(itemID.value)' is first declared here")]))
        continue
      }
      seen[itemID.value] = itemID
      if let position = positions[itemID.value] {
        items[position] = item
      } else {
        positions[itemID.value] = items.count
        items.append(item)
      }
    }
    return problems
  }
}
