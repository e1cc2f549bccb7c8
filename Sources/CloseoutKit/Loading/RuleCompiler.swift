import CEL

/// Compiles rule definitions: every `let`, condition and template expression is parsed, checked
/// and planned once, here; evaluation later only runs the programs.
struct RuleCompiler {
  /// The most `let`s one rule, step or rule set's shared section may declare.
  static let maxLets = 256

  let lists: [ListDefinition]
  /// The snapshot variables every expression sees first.
  let snapshot: SnapshotEnvironment
  /// The environment every rule's and step's `let`s extend: the snapshot variables, then the
  /// shared `let`s (built once per load: extensions share its function tables).
  private let base: Environment
  /// The shared `let`s, compiled, and the problems found in them.
  let sharedLets: [Rule.Binding]
  let sharedProblems: [Diagnostic]

  /// A compiler for rules that see `lists` and `lets`, with the snapshot variables typed by
  /// `schema` (`dyn` without one).
  init(lists: [ListDefinition], lets: [SharedLet] = [], schema: SnapshotSchema? = nil) {
    self.lists = lists
    snapshot = SnapshotEnvironment(
      lists: Dictionary(lists.map { ($0.name.value, $0.words) }) { _, last in last }, schema: schema)
    var compilation = RuleCompilation(
      listNames: lists.map(\.name.value), base: snapshot.environment, variables: snapshot)
    let shared = compilation.bind(lets.map { ($0.name, $0.source) })
    base = shared.environment
    sharedLets = shared.lets
    sharedProblems = compilation.problems
  }

  /// The compiled rules and every problem found in their expressions.
  func compile(_ definitions: [RuleDefinition]) -> (rules: [Rule], problems: [Diagnostic]) {
    var rules: [Rule] = []
    var problems: [Diagnostic] = []
    for definition in definitions {
      var compilation = RuleCompilation(listNames: lists.map(\.name.value), base: base, variables: snapshot)
      if var rule = compilation.compile(definition) {
        rule.sharedLets = sharedLets
        rules.append(rule)
      }
      problems += compilation.problems
    }
    return (rules, problems)
  }

  /// The steps with their expressions compiled, and every problem found in them.
  func compile(steps: [Step]) -> (steps: [Step], problems: [Diagnostic]) {
    var problems: [Diagnostic] = []
    let compiled = steps.map { step in
      var compilation = RuleCompilation(listNames: lists.map(\.name.value), base: base, variables: snapshot)
      let compiled = compilation.compile(step)
      problems += compilation.problems
      return compiled
    }
    return (compiled, problems)
  }

  /// The problems in the expressions of rules that could not be read whole.
  func problems(in partialRules: [PartialRule]) -> [Diagnostic] {
    guard !partialRules.isEmpty else { return [] }
    return partialRules.flatMap { partial in
      var compilation = RuleCompilation(listNames: lists.map(\.name.value), base: base, variables: snapshot)
      compilation.check(partial)
      return compilation.problems
    }
  }

  /// Compiles one rule, collecting its problems.
  private struct RuleCompilation {
    let listNames: [String]
    let base: Environment
    /// The snapshot variables `base` starts with.
    let variables: SnapshotEnvironment
    var problems: [Diagnostic] = []

    init(listNames: [String], base: Environment, variables: SnapshotEnvironment) {
      self.listNames = listNames
      self.base = base
      self.variables = variables
    }

    mutating func compile(_ definition: RuleDefinition) -> Rule? {
      let (lets, environment) = bind(definition.lets)
      let appliesWhen = definition.appliesWhen.flatMap { compile($0, in: environment) }
      let condition = compile(definition.when, in: environment)
      let message = template(definition.message, in: environment)
      let next = definition.next.flatMap { template($0, in: environment) }
      let due = definition.due.flatMap { compile($0, in: environment) }
      let at = definition.at.flatMap { pointer($0, in: environment) }
      guard let condition, let message, definition.next == nil || next != nil,
        definition.appliesWhen == nil || appliesWhen != nil, definition.due == nil || due != nil,
        definition.at == nil || at != nil, lets.count == definition.lets.count
      else { return nil }
      return Rule(
        id: definition.id, step: definition.step.value, severity: definition.severity,
        title: definition.title,
        rationale: definition.rationale, lets: lets, appliesWhen: appliesWhen, condition: condition,
        message: message, next: next, due: due, at: at, patches: definition.patches,
        environment: environment, snapshotEnvironment: variables)
    }

    /// A rule's `at:` compiled, or nil (with problems) when either of its expressions is wrong.
    private mutating func pointer(_ source: PointerSource, in environment: Environment) -> Rule.Pointer? {
      let target = compile(source.target, in: environment)
      let words = source.words.flatMap { compile($0, in: environment) }
      guard let target, source.words == nil || words != nil else { return nil }
      return Rule.Pointer(target: target, words: words)
    }

    /// `step` with its `let`s, conditions and next step compiled; problems leave them out.
    mutating func compile(_ step: Step) -> Step {
      var step = step
      let sources = step.sources
      guard
        sources.appliesWhen != nil || sources.doneWhen != nil || sources.next != nil || !sources.lets.isEmpty
      else { return step }
      let (lets, environment) = bind(sources.lets)
      step.lets = lets
      step.environment = environment
      step.appliesWhen = sources.appliesWhen.flatMap { compile($0, in: environment) }
      step.doneWhen = sources.doneWhen.flatMap { compile($0, in: environment) }
      step.next = sources.next.flatMap { template($0, in: environment) }
      return step
    }

    /// Compiles what a partial rule has, for its problems only.
    mutating func check(_ partial: PartialRule) {
      let environment = bind(partial.lets).environment
      for condition in [partial.appliesWhen, partial.when].compactMap({ $0 }) {
        _ = compile(condition, in: environment)
      }
      for template in [partial.message, partial.next].compactMap({ $0 }) {
        _ = self.template(template, in: environment)
      }
    }

    /// The rule's `let`s compiled in order, each seeing only the variables before it (so lazily
    /// evaluated bindings cannot form a cycle), and the environment with all of them. The
    /// environment grows in place, one variable per `let`: n `let`s take O(n) time.
    mutating func bind(_ definitions: [(name: Located<String>, source: ExpressionScalar)])
      -> (lets: [Rule.Binding], environment: Environment)
    {
      var environment = base
      var lets: [Rule.Binding] = []
      if definitions.count > RuleCompiler.maxLets {
        // Each `let` may run inside the one after it, so a long chain would run deep.
        problems.append(
          Diagnostic(
            at: definitions[RuleCompiler.maxLets].name.location,
            "more than \(RuleCompiler.maxLets) 'let's in one section (\(definitions.count))",
            hint: "split the work into fewer, larger expressions or into several rules"))
      }
      for (name, source) in definitions.prefix(RuleCompiler.maxLets) {
        if environment.slot(of: name.value) != nil {
          problems.append(
            Diagnostic(
              at: name.location, "'let' name '\(name.value)' hides another variable of the same name",
              hint: "choose another name"))
          continue
        }
        let expression = compile(source, in: environment)
        if let expression {
          lets.append(Rule.Binding(name: name, expression: expression, slot: environment.variables.count))
        }
        // A `let` has the type deduced for its expression, so later uses are checked too.
        environment.declare(name.value, type: expression?.program.resultType ?? .dyn)
      }
      return (lets, environment)
    }

    /// A whole scalar as one expression.
    private mutating func compile(_ source: ExpressionScalar, in environment: Environment) -> Expression? {
      compile(source.text, at: 0, of: source, in: environment)
    }

    /// The expression `text`, which starts at `offset` in `source`.
    private mutating func compile(
      _ text: String, at offset: Int, of source: ExpressionScalar, in environment: Environment
    )
      -> Expression?
    {
      let parsed: ParsedExpr
      do {
        parsed = try Parser().parse(text)
      } catch {
        for syntaxError in error.errors {
          problems.append(
            Diagnostic(at: source.location(atOffset: offset + syntaxError.offset), syntaxError.message))
        }
        return nil
      }
      let unknownLists = ListReferences.unknown(in: parsed.root, known: listNames)
      for reference in unknownLists {
        problems.append(
          Diagnostic(
            at: source.location(atOffset: offset + reference.offset), "unknown list '\(reference.name)'",
            hint: Suggestion.didYouMean(reference.name, among: listNames)
              ?? "declare it under 'lists:' in a rule file"))
      }
      do {
        let program = try environment.compile(parsed.root)
        guard unknownLists.isEmpty else { return nil }
        return Expression(source: text, program: program, parsed: parsed, scalar: source, offset: offset)
      } catch {
        problems.append(
          Diagnostic(
            at: source.location(atOffset: offset + error.offset), error.message,
            hint: error.hint ?? hint(for: error, environment: environment)))
        return nil
      }
    }

    /// A message or next step with `{{ }}` parts.
    private mutating func template(_ source: ExpressionScalar, in environment: Environment) -> Template? {
      let pieces: [TemplateParser.Piece]
      do {
        pieces = try TemplateParser.parse(source.text)
      } catch {
        problems.append(Diagnostic(at: source.location(atOffset: error.offset), error.message))
        return nil
      }
      var parts: [Template.Part] = []
      var failed = false
      for piece in pieces {
        switch piece {
        case .text(let text):
          parts.append(.text(text))
        case .expression(let text, let offset):
          if let expression = compile(text, at: offset, of: source, in: environment) {
            parts.append(.expression(expression))
          } else {
            failed = true
          }
        }
      }
      return failed ? nil : Template(parts: parts, location: source.location)
    }

    /// A did-you-mean for an undeclared variable, or the list of what is declared.
    private func hint(for error: CompileError, environment: Environment) -> String? {
      guard case .undeclaredReference(let name) = error.kind else { return nil }
      return Suggestion.didYouMean(name, among: environment.variables.map(\.name))
        ?? "variables are the snapshot's sections, 'snapshot', 'lists', the rule set's shared 'let' names and this rule's earlier 'let' names"
    }
  }
}
