/// What the rule catalogue shows: the steps in checklist order, each with its rules and the test
/// cases that make each rule fire or keep it silent. Renderers turn it into Markdown or HTML.
public struct RuleCatalogue: Sendable {
  /// The rule directories, as shown in the catalogue.
  public var directories: [String]
  /// The steps in checklist order.
  public var steps: [StepEntry]

  /// One step and its rules.
  public struct StepEntry: Sendable {
    /// The step.
    public var step: Step
    /// The step's rules, in rule order.
    public var rules: [RuleEntry]
  }

  /// One rule, where it is declared, and the cases that test it.
  public struct RuleEntry: Sendable {
    /// The rule.
    public var rule: Rule
    /// Where the rule is declared, with its file shown relative to the base path.
    public var location: SourceLocation
    /// The cases that expect the rule to fire.
    public var firesIn: [CaseReference]
    /// The cases that expect the rule to stay silent.
    public var silentIn: [CaseReference]
  }

  /// A test case by file and name.
  public struct CaseReference: Sendable, Equatable {
    /// The test file, relative to the base path.
    public var file: String
    /// The case's name.
    public var name: String
  }

  /// The catalogue of `ruleSet`, with the test cases of `cases`. Paths under `basePath` (usually the
  /// current directory) are shown relative to it, so the output does not depend on where it is made.
  public init(ruleSet: RuleSet, cases: [RuleTestCase], directories: [String], basePath: String? = nil) {
    func shown(_ path: String) -> String {
      guard let basePath, !basePath.isEmpty else { return path }
      let prefix = basePath.hasSuffix("/") ? basePath : basePath + "/"
      return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
    self.directories = directories.map(shown)
    steps = ruleSet.steps.map { step in
      let rules = ruleSet.rules.filter { $0.step == step.id.value }.map { rule in
        var location = rule.id.location
        location.file = shown(location.file)
        let reference = { (testCase: RuleTestCase) in
          CaseReference(file: shown(testCase.file), name: testCase.name.value)
        }
        return RuleEntry(
          rule: rule, location: location,
          firesIn: cases.filter { $0.expectations.firingRules.contains(rule.id.value) }.map(reference),
          silentIn: cases.filter { $0.expectations.silent.contains { $0.value == rule.id.value } }.map(
            reference))
      }
      return StepEntry(step: step, rules: rules)
    }
  }

  /// How many rules the catalogue lists.
  public var ruleCount: Int { steps.reduce(0) { $0 + $1.rules.count } }

  /// The command that regenerates a catalogue of these directories.
  public func command(format: CatalogueFormat, output: String?) -> String {
    var words = ["closeout", "rules", "doc"] + directories
    if format != .markdown { words += ["--format", format.rawValue] }
    if let output { words += ["--output", output] }
    return words.joined(separator: " ")
  }
}

/// The output formats of `closeout rules doc`.
public enum CatalogueFormat: String, Sendable, CaseIterable {
  /// GitHub-flavoured Markdown.
  case markdown
  /// One self-contained HTML page.
  case html

  /// The catalogue rendered in this format; `output` is the file it is written to, if any, as
  /// named in the regeneration command the catalogue quotes.
  public func render(_ catalogue: RuleCatalogue, output: String? = nil) -> String {
    switch self {
    case .markdown:
      MarkdownCatalogue(command: catalogue.command(format: self, output: output)).render(catalogue)
    case .html: HTMLCatalogue(command: catalogue.command(format: self, output: output)).render(catalogue)
    }
  }
}
