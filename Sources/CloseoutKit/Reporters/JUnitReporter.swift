/// The batch as JUnit XML (`--format junit`), the dialect Jenkins and GitLab read: one
/// `<testsuite>` per snapshot and one `<testcase>` per rule of the rule set, so that a CI server
/// shows each contract as a suite and each rule that fired as a failed test.
///
/// - A rule that fired is a `<failure>` whose `type` is its severity, `message` its message and
///   text its next step, then a line `at FILE:LINE:COLUMN PATH` per place in the snapshot it
///   points at; a rule of a skipped step that did not fire is `<skipped>`.
/// - A snapshot that could not be read is one test case, `closeout` / `read the snapshot`, with an
///   `<error>`; rules that could not be evaluated are one test case, `closeout` / `evaluate the
///   rules`, with an `<error>` listing them (a rule error does not say which rule it is about).
/// - Rules that cannot be loaded at all are a suite `rules` with one test case, `closeout` / `load
///   the rules`, with an `<error>`.
///
/// The totals of `<testsuites>` come first, so each suite is kept as text until the end.
public struct JUnitReporter: Reporter {
  /// Every rule of the rule set, in declaration order: the test cases of each suite.
  public var rules: [RuleSummary]
  /// The suites written so far.
  private var suites = ""
  /// The totals of the suites written so far.
  private var totals = Counts()

  /// Creates the reporter; a rule that fires but is not in `rules` is still a test case.
  public init(rules: [RuleSummary]) {
    self.rules = rules
  }

  public static var format: ReportFormat { .junit }

  /// The reporter of the rule set's rules.
  public init(options: ReportOptions) { self.init(rules: options.rules) }

  /// Nothing: the document starts with totals known only at the end.
  public func opening() -> String { "" }

  /// Nothing yet: `result`'s suite is kept for `closing`.
  public mutating func entry(_ result: CheckResult, index: Int) -> String {
    var cases = ""
    var counts = Counts()
    if let checklist = result.checklist {
      appendRules(of: checklist, to: &cases, counts: &counts)
      if !result.errors.isEmpty {
        appendError("evaluate the rules", result.errors, to: &cases, counts: &counts)
      }
    } else {
      appendError("read the snapshot", result.errors, to: &cases, counts: &counts)
    }
    var name = result.file
    if let contract = result.contractID { name += " (\(contract))" }
    suites += "  <testsuite name=\"\(XMLText.attribute(name))\"\(counts.attributes)>\n"
    suites += cases
    suites += "  </testsuite>\n"
    totals.add(counts)
    return ""
  }

  /// The whole document.
  public mutating func closing(_ tally: CheckTally) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"closeout\"\(totals.attributes)>\n"
      + suites + "</testsuites>\n"
  }

  /// The whole document when the rules could not be loaded: one suite, `rules`, whose one test
  /// case, `closeout` / `load the rules`, has an `<error>` listing every problem.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String {
    var cases = ""
    var counts = Counts()
    appendError("load the rules", diagnostics, to: &cases, counts: &counts)
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"closeout\"\(counts.attributes)>\n"
      + "  <testsuite name=\"rules\"\(counts.attributes)>\n" + cases + "  </testsuite>\n</testsuites>\n"
  }

  /// One test case per rule, in checklist order (by step, then in the rule set's order), then any
  /// fired rule the rule set does not list.
  private func appendRules(of checklist: Checklist, to text: inout String, counts: inout Counts) {
    var fired: [String: Finding] = [:]
    var skippedSteps: Set<String> = []
    for step in checklist.steps {
      if step.status == .skipped { skippedSteps.insert(step.id) }
      for finding in step.findings where fired[finding.rule] == nil && !finding.isAccepted {
        fired[finding.rule] = finding
      }
    }
    var position: [String: Int] = [:]
    for (index, step) in checklist.steps.enumerated() where position[step.id] == nil {
      position[step.id] = index
    }
    let ordered = rules.enumerated().sorted {
      (position[$0.element.step] ?? Int.max, $0.offset) < (position[$1.element.step] ?? Int.max, $1.offset)
    }
    var listed: Set<String> = []
    for (_, rule) in ordered where listed.insert(rule.id).inserted {
      appendCase(
        step: rule.step, id: rule.id, title: rule.title, fired: fired[rule.id],
        skipped: skippedSteps.contains(rule.step), to: &text, counts: &counts)
    }
    for step in checklist.steps {
      for finding in step.findings where !finding.isAccepted && listed.insert(finding.rule).inserted {
        appendCase(
          step: step.id, id: finding.rule, title: finding.title, fired: finding, skipped: false, to: &text,
          counts: &counts)
      }
    }
  }

  private func appendCase(
    step: String, id: String, title: String, fired: Finding?, skipped: Bool, to text: inout String,
    counts: inout Counts
  ) {
    counts.tests += 1
    let opening =
      "    <testcase classname=\"\(XMLText.attribute(step))\" name=\"\(XMLText.attribute("\(id): \(title)"))\""
    if let finding = fired {
      counts.failures += 1
      text += opening + ">\n      <failure type=\"\(finding.severity.rawValue)\" "
      text += "message=\"\(XMLText.attribute(finding.message))\">"
      // The next step, then the places in the snapshot, one per line.
      let body = ([finding.next].compactMap { $0 } + finding.locations.map { "at \($0)" })
      text += XMLText.content(body.joined(separator: "\n"))
      text += "</failure>\n    </testcase>\n"
    } else if skipped {
      counts.skipped += 1
      text +=
        opening + ">\n      <skipped message=\"the step does not concern this contract\"/>\n    </testcase>\n"
    } else {
      text += opening + "/>\n"
    }
  }

  /// A test case `closeout` / `name` with one `<error>`: the first problem as its message, every
  /// problem (with its hint) as its text.
  private func appendError(
    _ name: String, _ diagnostics: [Diagnostic], to text: inout String, counts: inout Counts
  ) {
    counts.tests += 1
    counts.errors += 1
    let lines = diagnostics.map { diagnostic in
      XMLText.described(diagnostic) + (diagnostic.hint.map { "\n  hint: " + $0 } ?? "")
    }
    text += "    <testcase classname=\"closeout\" name=\"\(name)\">\n"
    text +=
      "      <error type=\"error\" message=\"\(XMLText.attribute(diagnostics.first.map(XMLText.described) ?? name))\">"
    text += XMLText.content(lines.joined(separator: "\n"))
    text += "</error>\n    </testcase>\n"
  }

  /// The counts a `<testsuite>` or `<testsuites>` element gives.
  private struct Counts: Sendable {
    var tests = 0
    var failures = 0
    var errors = 0
    var skipped = 0

    mutating func add(_ other: Counts) {
      tests += other.tests
      failures += other.failures
      errors += other.errors
      skipped += other.skipped
    }

    var attributes: String {
      " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\""
    }
  }
}
