import CEL
import Foundation
import Testing

@testable import CloseoutKit

/// Every default rule says what its findings point at (`at:`): each finding of the rule tests'
/// firing cases and of the examples has a place in its snapshot, and the places are the ones a
/// freelancer would jump to (the open task, the word "PayPal" in the message).
@Suite struct DefaultRuleLocationsTests {
  static let repository = Fixtures.repository.path
  static let directory = repository + "/rules"
  static let ruleSet = Result {
    try RuleSelection(includesDefaultRules: false, directories: [directory]).load()
  }

  /// The findings of `snapshot` under the default rules, in checklist order.
  private func findings(_ snapshot: Snapshot) throws -> [Finding] {
    let checklist = Engine(ruleSet: try Self.ruleSet.get()).check(snapshot)
    #expect(checklist.errors.isEmpty, "\(snapshot.file): \(checklist.errors)")
    return checklist.steps.flatMap(\.findings)
  }

  /// The findings of the snapshot file at `path`, completed with the rules' schema as a check
  /// completes it.
  private func findings(path: String) throws -> [Finding] {
    try findings(SnapshotLoader.load(path: path, schema: try Self.ruleSet.get().validationSchema))
  }

  /// The findings of the example snapshot `name` in `examples/`.
  private func example(_ name: String) throws -> [Finding] {
    try findings(path: Self.repository + "/examples/" + name)
  }

  /// `LINE:COLUMN PATH`, and ` WORD` for a word inside a text: a place as the tests compare it.
  private func places(_ finding: Finding?) -> [String] {
    (finding?.locations ?? []).map { place in
      "\(place.location.line):\(place.location.column) \(place.path)" + (place.word.map { " \($0)" } ?? "")
    }
  }

  /// The document `testCase`'s snapshot was read from. A case's snapshot keeps no source to place
  /// findings in (`closeout rules test` does not show places): it is given its file's, where what a
  /// patch changed is placed at the node it changed, or the nearest one written. A snapshot written
  /// in the case is its `snapshot:` block alone, at its own lines and columns of the test file.
  private func source(of testCase: RuleTestCase) throws -> Snapshot.Source {
    let file = testCase.snapshot.file
    let text = try String(contentsOfFile: file, encoding: .utf8)
    guard file == testCase.file else {
      return Snapshot.Source(bytes: Array(text.utf8), isJSON: false, file: file)
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
    let start = try #require(
      lines.indices.first {
        $0 >= testCase.name.location.line - 1 && lines[$0].trimmingCharacters(in: .whitespaces) == "snapshot:"
      })
    let block = lines[(start + 1)...].prefix {
      $0.allSatisfy { $0 == " " } || indent($0) > indent(lines[start])
    }
    let kept = lines.indices.map { block.indices.contains($0) ? lines[$0] : "" }
    return Snapshot.Source(bytes: Array(kept.joined(separator: "\n").utf8), isJSON: false, file: file)
  }

  /// `testCase`'s snapshot read from its document with the marks a check reads, when no patch
  /// changed it (a patched case's snapshot has no single document to place findings in); else nil.
  private func placed(_ testCase: RuleTestCase) throws -> Snapshot? {
    let source = try source(of: testCase)
    let read = try SnapshotLoader.load(
      source.bytes, file: source.file, schema: try Self.ruleSet.get().validationSchema)
    return Value.map(read.root).celEquals(.map(testCase.snapshot.root)) ? read : nil
  }

  @Test func everyFindingOfAFiringRuleTestCaseHasAPlace() throws {
    let suite = RuleTestLoader.load(directories: [Self.directory], ruleSet: try Self.ruleSet.get())
    #expect(suite.diagnostics.map(\.summary) == [])
    var pointing: Set<String> = []
    var checked = 0
    for testCase in suite.cases where !testCase.expectations.firingRules.isEmpty {
      guard let snapshot = try placed(testCase) else { continue }
      for finding in try findings(snapshot) {
        checked += 1
        #expect(!finding.locations.isEmpty, "\(testCase.name.value): \(finding.rule) points nowhere")
        if !finding.locations.isEmpty { pointing.insert(finding.rule) }
      }
    }
    // And every snapshot file of the rule tests as it is (patches left out) and of the realism sets.
    for folder in [Self.directory + "/tests/snapshots/"]
      + (1...4).map({ Self.repository + "/Tests/Realism\($0 == 1 ? "" : "\($0)")/" })
    {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
      where name.hasSuffix(".yaml") {
        for finding in try findings(path: folder + name) {
          checked += 1
          #expect(!finding.locations.isEmpty, "\(name): \(finding.rule) points nowhere")
          if !finding.locations.isEmpty { pointing.insert(finding.rule) }
        }
      }
    }
    #expect(checked >= 250)
    // A snapshot written in a case is placed in the test file (`reflection` is left out: its
    // place is the document's).
    let inline = try #require(
      suite.cases.first { $0.name.value == "an ended contract without a reflection section" })
    let snapshot = try #require(try placed(inline))
    #expect(places(try findings(snapshot).first { $0.rule == "reflect-after-end" }) == ["14:7 reflection"])
    // Every rule fires in some case, so every rule's `at` is exercised and points somewhere.
    let rules = try Self.ruleSet.get().rules.map(\.id.value)
    #expect(rules.count == 24)
    #expect(rules.filter { !pointing.contains($0) } == [])
  }

  @Test func everyFindingOfAnExampleHasAPlaceInItsFile() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.repository + "/examples")
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    #expect(names.count >= 7)
    var checked = 0
    for name in names {
      for finding in try example(name) {
        checked += 1
        #expect(!finding.locations.isEmpty, "examples/\(name): \(finding.rule) points nowhere")
        #expect(finding.locations.allSatisfy { $0.location.file.hasSuffix("examples/" + name) })
      }
    }
    #expect(checked >= 10)
  }

  @Test func notReadyPointsAtTheTaskTheMilestoneTheDisputeAndTheWordPayPal() throws {
    let found = try example("not-ready.yaml")
    func rule(_ id: String) -> Finding? { found.first { $0.rule == id } }
    #expect(places(rule("finish-outstanding-tasks")) == ["40:5 tasks[0]"])
    #expect(places(rule("milestone-awaiting-approval")) == ["56:5 milestones[1]"])
    #expect(places(rule("open-dispute")) == ["65:5 disputes[0]"])
    #expect(places(rule("client-agreement")) == ["37:3 client_agreement"])
    #expect(places(rule("handover-docs")) == ["70:3 handover"])
    // The words the rule found, inside the message ("save the fees" is an off-platform phrase).
    #expect(
      places(rule("off-platform-payment")) == [
        "33:55 messages[1].text save the fees", "34:16 messages[1].text PayPal",
      ])
  }

  @Test func feedbackRulesPointAtTheWordsTheyFound() throws {
    let folder = Self.directory + "/tests/snapshots/"
    let insult = try findings(path: folder + "feedback-respectful.fires.yaml")
    #expect(places(insult.first { $0.rule == "feedback-respectful" }) == ["64:27 feedback.public_text idiot"])
    let shouting = try findings(path: folder + "feedback-respectful.fires-shouting.yaml")
    #expect(
      places(shouting.first { $0.rule == "feedback-respectful" }).first == "64:64 feedback.public_text NEVER")
  }

  @Test func whatIsMissingPointsAtTheSectionWhereItBelongs() throws {
    let ended = try example("client-ended.yaml")
    // `feedback: null` and `reflection: null` are written; the schema fills them in.
    #expect(places(ended.first { $0.rule == "feedback-window" }) == ["39:1 feedback"])
    #expect(places(ended.first { $0.rule == "reflect-after-end" }) == ["40:1 reflection"])
    // A section the snapshot leaves out is placed at the map it would be in: the document's.
    let absent = try findings(
      path: Self.directory + "/tests/snapshots/feedback-window.fires-feedback-absent.yaml")
    #expect(places(absent.first { $0.rule == "feedback-window" }) == ["2:1 feedback"])
  }
}
