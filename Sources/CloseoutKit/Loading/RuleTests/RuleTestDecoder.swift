import YAML

/// Decodes one rule test file into cases, checking every rule and step id against the rule set
/// and reading, patching and validating every case's snapshot; reports every problem it finds.
struct RuleTestDecoder {
  /// The keys of a test file's top level and of a case.
  enum Keys {
    static let file = ["snapshot", "cases"]
    static let fileRequired = ["cases"]
    static let testCase = [
      "name", "snapshot", "patch", "fires", "silent", "steps", "verdict", "messages", "next",
    ]
    static let expectations = ["fires", "silent", "steps", "verdict", "messages", "next"]
  }

  private var reader: NodeReader
  private let ruleIDs: [String]
  /// The rules a configuration turns off, by id, where its `disable` names them.
  private let disabled: [String: SourceLocation]
  private let stepIDs: [String]
  private let schema: SnapshotSchema
  /// Problems found outside the test file's own nodes, such as in a snapshot file.
  private var otherProblems: [Diagnostic] = []
  /// The snapshot files read so far, shared by the files of a suite.
  var snapshotFiles: SnapshotFiles

  init(file: String, ruleSet: RuleSet, disabled: [Located<String>] = [], snapshotFiles: SnapshotFiles) {
    reader = NodeReader(file: file)
    ruleIDs = ruleSet.rules.map(\.id.value)
    self.disabled = Dictionary(
      disabled.map { ($0.value, $0.location) }, uniquingKeysWith: { first, _ in first })
    stepIDs = ruleSet.steps.map(\.id.value)
    schema = ruleSet.validationSchema
    self.snapshotFiles = snapshotFiles
  }

  /// Every problem found so far, test file's first.
  var problems: [Diagnostic] { reader.problems + otherProblems }

  /// The file's cases that are free of problems.
  mutating func decode(_ root: Node) -> [RuleTestCase] {
    guard
      let sections = reader.mapping(root, "a rule test file", allowed: Keys.file, required: Keys.fileRequired)
    else { return [] }
    var shared: Result<(node: Node, file: String), Broken>?
    if let node = sections["snapshot"] { shared = base(node) }
    guard let casesNode = sections["cases"], let items = reader.sequence(casesNode, "'cases'") else {
      return []
    }
    var cases: [RuleTestCase] = []
    var names: [String: SourceLocation] = [:]
    for item in items {
      guard let testCase = testCase(item, shared: shared) else { continue }
      if let first = names[testCase.name.value] {
        otherProblems.append(
          Diagnostic(
            at: testCase.name.location, "duplicate case name '\(testCase.name.value)'",
            hint: "give each case of a file its own name",
            notes: [.init(location: first, message: "first used here")]))
        continue
      }
      names[testCase.name.value] = testCase.name.location
      cases.append(testCase)
    }
    return cases
  }

  /// A base snapshot that could not be read; its problem has been reported.
  struct Broken: Error {}

  private var problemCount: Int { reader.problems.count + otherProblems.count }

  private mutating func testCase(_ node: Node, shared: Result<(node: Node, file: String), Broken>?)
    -> RuleTestCase?
  {
    let before = problemCount
    guard let fields = reader.mapping(node, "a test case", allowed: Keys.testCase, required: ["name"]) else {
      return nil
    }
    let name = fields["name"].flatMap { reader.string($0, "a case's name") }
    var expected = RuleTestExpectations()
    if let fires = fields["fires"] { expected.fires = ruleList(fires, "'fires'") }
    if let silent = fields["silent"] { expected.silent = ruleList(silent, "'silent'") }
    if let steps = fields["steps"] { expected.steps = self.steps(steps) }
    if let verdict = fields["verdict"], let value = reader.oneOf(verdict, "verdict", RuleTestVerdict.self) {
      expected.verdict = Located(value, at: reader.location(verdict))
    }
    if let messages = fields["messages"] { expected.messages = self.messages(messages) }
    if let next = fields["next"] { expected.next = reader.string(next, "the expected next action") }
    if !Keys.expectations.contains(where: { fields[$0] != nil }) {
      reader.report(
        node, "the case expects nothing",
        hint: "add 'fires', 'silent', 'steps', 'verdict', 'messages' or 'next'")
    }
    for rule in expected.silent where expected.firingRules.contains(rule.value) {
      reader.report(
        fields["silent"] ?? node, "rule '\(rule.value)' is expected both to fire and to stay silent")
    }
    let base: Result<(node: Node, file: String), Broken>?
    if let snapshot = fields["snapshot"] { base = self.base(snapshot) } else { base = shared }
    if base == nil {
      reader.report(
        node, "the case has no snapshot",
        hint: "add 'snapshot:' (a file path or an inline mapping) to the case, or to the file for every case")
    }
    let patches = fields["patch"].map { self.patches($0) } ?? []
    guard let name, case .success(let document)? = base, problemCount == before else { return nil }
    let patched = PatchedSnapshot(
      base: document.node, baseFile: document.file, testFile: reader.file, patches: patches, schema: schema)
    switch patched.snapshot() {
    case .success(let snapshot):
      return RuleTestCase(name: name, file: reader.file, snapshot: snapshot, expectations: expected)
    case .failure(let problems):
      otherProblems += problems.diagnostics
      return nil
    }
  }

  /// `snapshot:` — a path relative to the test file, or an inline mapping.
  private mutating func base(_ node: Node) -> Result<(node: Node, file: String), Broken> {
    if case .mapping = node.kind { return .success((node, reader.file)) }
    guard let path = reader.string(node, "'snapshot'") else { return .failure(Broken()) }
    let resolved = SnapshotFiles.resolve(path.value, from: reader.file)
    switch snapshotFiles.node(resolved, at: path.location) {
    case .success(let root): return .success((root, resolved))
    case .failure(let problems):
      otherProblems += problems.diagnostics
      return .failure(Broken())
    }
  }

  /// A rule id or a list of them, each one a rule of the rule set.
  private mutating func ruleList(_ node: Node, _ what: String) -> [Located<String>] {
    let items: [Node]
    if case .scalar = node.kind { items = [node] } else { items = reader.sequence(node, what) ?? [] }
    return items.compactMap { ruleID($0, "a rule id in \(what)") }
  }

  /// A rule id of the rule set; a rule the configuration disables is a problem of its own, since
  /// it never fires, as in `check`: a case expecting it to fire could not pass, one expecting it
  /// silent would pass without testing anything.
  private mutating func ruleID(_ node: Node, _ what: String) -> Located<String>? {
    if case .scalar(let scalar) = node.kind, let place = disabled[scalar.text] {
      reader.report(
        node, "the rule '\(scalar.text)' is disabled by the configuration, so no case can expect it",
        hint: "'disable' at \(place.file):\(place.line) turns it off, as for check; drop it from the case or "
          + "from 'disable', or test the rules as written with --no-config")
      return nil
    }
    return known(node, what, kind: "rule", among: ruleIDs)
  }

  /// An id that must be one of `ids`, with a did-you-mean when it is not.
  private mutating func known(_ node: Node, _ what: String, kind: String, among ids: [String])
    -> Located<String>?
  {
    guard let id = reader.string(node, what) else { return nil }
    guard ids.contains(id.value) else {
      reader.report(
        node, "unknown \(kind) id '\(id.value)'",
        hint: Suggestion.didYouMean(id.value, among: ids) ?? "the rule set has no \(kind) with this id")
      return nil
    }
    return id
  }

  /// `steps:` — a mapping of step ids to statuses.
  private mutating func steps(_ node: Node) -> [(step: Located<String>, status: StepStatus)] {
    guard let pairs = node.mapping else {
      reader.report(node, "'steps' must be a mapping of step ids to statuses")
      return []
    }
    return pairs.compactMap { pair in
      let step = known(pair.key, "a step id in 'steps'", kind: "step", among: stepIDs)
      if case .scalar(let scalar) = pair.value.kind, scalar.text == "attention" {
        // The status of a step with only warnings or advice, before steps knew their progress.
        reader.report(
          pair.value, "unknown step status 'attention'",
          hint: "did you mean 'next'? A step with only warnings or advice is now done, next or waiting")
        return nil
      }
      let status = reader.oneOf(pair.value, "step status", StepStatus.self)
      guard let step, let status else { return nil }
      return (step, status)
    }
  }

  /// `messages:` — a mapping of rule ids to a text, or a list of texts, that the message contains.
  private mutating func messages(_ node: Node) -> [(rule: Located<String>, text: String)] {
    guard let pairs = node.mapping else {
      reader.report(node, "'messages' must be a mapping of rule ids to text the message contains")
      return []
    }
    var result: [(rule: Located<String>, text: String)] = []
    for pair in pairs {
      let rule = ruleID(pair.key, "a rule id in 'messages'")
      let texts: [Located<String>]
      if case .sequence = pair.value.kind {
        texts = reader.strings(pair.value, "the expected texts") ?? []
      } else {
        texts = reader.string(pair.value, "the expected text").map { [$0] } ?? []
      }
      if let rule { result += texts.map { (rule, $0.value) } }
    }
    return result
  }

  /// `patch:` — a mapping of dotted paths to values.
  private mutating func patches(_ node: Node) -> [SnapshotPatch] {
    guard let pairs = node.mapping else {
      reader.report(
        node, "'patch' must be a mapping of dotted paths to values, such as 'contract.status: ended'")
      return []
    }
    return pairs.compactMap { pair in
      guard let path = reader.string(pair.key, "a patch path") else { return nil }
      guard let segments = SnapshotPatch.segments(of: path.value) else {
        reader.report(
          pair.key, "patch path '\(path.value)' has an empty part",
          hint: "write keys and indices separated by single dots, such as 'tasks.0.status'")
        return nil
      }
      return SnapshotPatch(path: path, segments: segments, value: pair.value)
    }
  }
}
