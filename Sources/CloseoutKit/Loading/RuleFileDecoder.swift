import YAML

/// Decodes one rule file's YAML tree into a `RuleFile`, reporting every problem it finds.
struct RuleFileDecoder {
  /// The keys of a rule file's top level, a step and a rule.
  enum Keys {
    static let file = ["steps", "let", "lists", "rules", "schema"]
    static let step = ["id", "title", "after", "description", "let", "applies_when", "done_when", "next"]
    static let stepRequired = ["id", "title"]
    static let rule = [
      "id", "step", "severity", "title", "let", "applies_when", "when", "message", "next", "due", "at",
      "rationale",
    ]
    /// The keys of a rule's `at:` when it points at words inside texts.
    static let pointer = ["in", "words"]
    static let ruleRequired = ["id", "step", "severity", "title", "when", "message"]
    /// A rule patch: the id of the rule it changes, then any key of a rule but `id`.
    static let rulePatch = ["patch"] + rule.filter { $0 != "id" }
  }

  private var reader: NodeReader
  private var partialRules: [PartialRule] = []

  init(file: String) { reader = NodeReader(file: file) }

  /// The file's declarations and the problems found in them.
  mutating func decode(_ root: Node) -> (file: RuleFile, problems: [Diagnostic]) {
    var result = RuleFile(file: reader.file)
    if root.isNull { return (result, reader.problems) }  // an empty file declares nothing
    guard let sections = reader.mapping(root, "a rule file", allowed: Keys.file) else {
      return (result, reader.problems)
    }
    if let steps = sections["steps"], let items = reader.sequence(steps, "'steps'") {
      result.steps = items.compactMap { step($0) }
    }
    if let lets = sections["let"] {
      result.lets = self.lets(lets).map { SharedLet(name: $0.name, source: $0.source) }
    }
    if let lists = sections["lists"] { (result.lists, result.listEdits) = self.lists(lists) }
    if let rules = sections["rules"], let items = reader.sequence(rules, "'rules'") {
      for item in items {
        if item.mapping?.contains(where: { $0.key.string == "patch" }) == true {
          if let patch = rulePatch(item) { result.rulePatches.append(patch) }
        } else if let rule = rule(item) {
          result.rules.append(rule)
        }
      }
      result.partialRules = partialRules
    }
    var schemaProblems: [Diagnostic] = []
    if let schema = sections["schema"] {
      var decoder = SchemaDecoder(file: reader.file)
      result.schema = decoder.decodeRoot(schema).map { ($0, reader.location(schema)) }
      schemaProblems = decoder.reader.problems
    }
    return (result, reader.problems + schemaProblems)
  }

  private mutating func step(_ node: Node) -> Step? {
    guard let fields = reader.mapping(node, "a step", allowed: Keys.step, required: Keys.stepRequired),
      let id = fields["id"].flatMap({ reader.identifier($0, "a step id") }),
      let title = fields["title"].flatMap({ reader.string($0, "a step's title") })
    else { return nil }
    let after = fields["after"].map { afterList($0) } ?? []
    let description = fields["description"].flatMap { reader.string($0, "a step's description") }?.value
    var step = Step(id: id, title: title.value, description: description, after: after)
    step.sources = Step.Sources(
      lets: fields["let"].map { lets($0) } ?? [],
      appliesWhen: fields["applies_when"].flatMap { reader.sourceText($0, "a step's 'applies_when'") },
      doneWhen: fields["done_when"].flatMap { reader.sourceText($0, "a step's 'done_when'") },
      next: fields["next"].flatMap { reader.sourceText($0, "a step's 'next'") })
    return step
  }

  /// `after:` is a list of step ids, or a single id.
  private mutating func afterList(_ node: Node) -> [Located<String>] {
    if case .scalar = node.kind { return reader.identifier(node, "a step id in 'after'").map { [$0] } ?? [] }
    return reader.sequence(node, "'after'")?.compactMap { reader.identifier($0, "a step id in 'after'") }
      ?? []
  }

  /// `lists:`: each name with its entries (or entries by language), or with `add:` and `remove:`,
  /// a change to the list of that name that an earlier layer declares.
  private mutating func lists(_ node: Node) -> ([ListDefinition], [ListEdit]) {
    guard case .mapping(let pairs) = node.kind else {
      reader.report(node, "'lists' must be a mapping of names to lists of strings")
      return ([], [])
    }
    var definitions: [ListDefinition] = []
    var edits: [ListEdit] = []
    for pair in pairs {
      guard let name = reader.identifier(pair.key, "a list name") else { continue }
      guard case .mapping(let entries) = pair.value.kind else {
        if let words = reader.strings(pair.value, "the list '\(name.value)'") {
          definitions.append(ListDefinition(name: name, words: .words(words.map(\.value))))
        }
        continue
      }
      let keys = entries.compactMap(\.key.string)
      if !keys.isEmpty, keys.count == entries.count, keys.allSatisfy(ListEdit.keys.contains) {
        edits.append(edit(of: name, entries))
        continue
      }
      // A list per language: `en: [...]`, `es: [...]`.
      let byLanguage = self.byLanguage(entries, of: "the list '\(name.value)'")
      definitions.append(
        ListDefinition(name: name, words: .byLanguage(byLanguage.mapValues { $0.map(\.value) })))
    }
    return (definitions, edits)
  }

  /// `add:` and `remove:` of a list: entries, or entries by language.
  private mutating func edit(of name: Located<String>, _ entries: [Node.Pair]) -> ListEdit {
    var edit = ListEdit(name: name)
    for entry in entries {
      let what = "the '\(entry.key.string ?? "")' entries of the list '\(name.value)'"
      let words: ListEdit.Entries
      if case .mapping(let languages) = entry.value.kind {
        words = byLanguage(languages, of: what)
      } else {
        words = reader.strings(entry.value, what).map { ["": $0] } ?? [:]
      }
      if entry.key.string == "add" { edit.add = words } else { edit.remove = words }
    }
    return edit
  }

  /// Entries by language code (`en: [...]`, `es: [...]`), each located.
  private mutating func byLanguage(_ languages: [Node.Pair], of what: String) -> [String: [Located<String>]] {
    var byLanguage: [String: [Located<String>]] = [:]
    for language in languages {
      guard let code = reader.identifier(language.key, "a language code in \(what)"),
        let words = reader.strings(language.value, "the '\(code.value)' words of \(what)")
      else { continue }
      byLanguage[code.value] = words
    }
    return byLanguage
  }

  private mutating func rule(_ node: Node) -> RuleDefinition? {
    guard let fields = reader.mapping(node, "a rule", allowed: Keys.rule, required: Keys.ruleRequired) else {
      return nil
    }
    let id = fields["id"].flatMap { reader.identifier($0, "a rule id") }
    let keys = ruleKeys(fields)
    guard let id, let step = keys.step, let severity = keys.severity, let title = keys.title,
      let when = keys.when, let message = keys.message
    else {
      partialRules.append(
        PartialRule(
          step: keys.step, lets: keys.lets, appliesWhen: keys.appliesWhen, when: keys.when,
          message: keys.message, next: keys.next))
      return nil
    }
    return RuleDefinition(
      id: id, step: step, severity: severity, title: title, rationale: keys.rationale, lets: keys.lets,
      appliesWhen: keys.appliesWhen, when: when, message: message, next: keys.next, due: keys.due,
      at: keys.at)
  }

  /// `- patch: ID` and the keys of a rule that change.
  private mutating func rulePatch(_ node: Node) -> RulePatch? {
    guard let fields = reader.mapping(node, "a rule patch", allowed: Keys.rulePatch, required: ["patch"]),
      let id = fields["patch"].flatMap({ reader.identifier($0, "the id of the rule to patch") })
    else { return nil }
    return RulePatch(id: id, keys: ruleKeys(fields))
  }

  /// The keys of a rule entry other than `id` and `patch`, each decoded where it is given.
  private mutating func ruleKeys(_ fields: [String: Node]) -> RuleKeys {
    RuleKeys(
      step: fields["step"].flatMap { reader.identifier($0, "a rule's step") },
      severity: fields["severity"].flatMap { reader.oneOf($0, "severity", Severity.self) },
      title: fields["title"].flatMap { reader.string($0, "a rule's title") }?.value,
      rationale: fields["rationale"].flatMap { reader.string($0, "a rule's rationale") }?.value,
      lets: fields["let"].map { lets($0) } ?? [],
      appliesWhen: fields["applies_when"].flatMap { reader.sourceText($0, "a rule's 'applies_when'") },
      when: fields["when"].flatMap { reader.sourceText($0, "a rule's 'when'") },
      message: fields["message"].flatMap { reader.sourceText($0, "a rule's message") },
      next: fields["next"].flatMap { reader.sourceText($0, "a rule's 'next'") },
      due: fields["due"].flatMap { reader.sourceText($0, "a rule's 'due'") },
      at: fields["at"].flatMap { pointer($0) })
  }

  /// `at: EXPR`, or `at: {in: EXPR, words: EXPR}`.
  private mutating func pointer(_ node: Node) -> PointerSource? {
    guard node.mapping != nil else {
      return reader.sourceText(node, "a rule's 'at'").map { PointerSource(target: $0) }
    }
    guard let fields = reader.mapping(node, "a rule's 'at'", allowed: Keys.pointer, required: ["in"]),
      let target = fields["in"].flatMap({ reader.sourceText($0, "the 'in' expression of 'at'") })
    else { return nil }
    let words = fields["words"].flatMap { reader.sourceText($0, "the 'words' expression of 'at'") }
    guard fields["words"] == nil || words != nil else { return nil }
    return PointerSource(target: target, words: words)
  }

  /// `let:` is a mapping of names to expressions, kept in order.
  private mutating func lets(_ node: Node) -> [(name: Located<String>, source: ExpressionScalar)] {
    guard case .mapping(let pairs) = node.kind else {
      reader.report(node, "'let' must be a mapping of names to expressions")
      return []
    }
    return pairs.compactMap { pair in
      guard let name = reader.string(pair.key, "a 'let' name") else { return nil }
      guard name.value.isCELIdentifier else {
        reader.report(
          pair.key, "'let' name '\(name.value)' is not an identifier",
          hint: "use letters, digits and '_', starting with a letter or '_'")
        return nil
      }
      guard let source = reader.sourceText(pair.value, "the 'let' expression '\(name.value)'") else {
        return nil
      }
      return (name, source)
    }
  }
}

extension String {
  /// Whether the string can name a CEL variable: `[A-Za-z_][A-Za-z0-9_]*`.
  var isCELIdentifier: Bool {
    guard let first = unicodeScalars.first, first == "_" || first.isASCIILetter else { return false }
    return unicodeScalars.allSatisfy { $0 == "_" || $0.isASCIILetter || ("0"..."9").contains($0) }
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
