import Foundation
import Testing

@testable import CloseoutKit

/// The default rules' own tests (`rules/tests/*.yaml`) load without a problem and pass, every rule
/// has a firing and a silent case, and every snapshot in `rules/tests/snapshots/` is used.
@Suite struct DefaultRuleTestsTests {
  static let directory = Fixtures.repository.appending(path: "rules").path
  static let ruleSet = Result { try RuleSelection(includesDefaultRules: false, directories: [directory]).load() }

  @Test func theDefaultRuleTestsPass() throws {
    let ruleSet = try Self.ruleSet.get()
    let suite = RuleTestLoader.load(directories: [Self.directory], ruleSet: ruleSet)
    #expect(suite.diagnostics.map(\.summary) == [])
    let results = RuleTestRunner(ruleSet: ruleSet).run(suite.cases)
    #expect(results.count >= 85)
    for result in results where !result.passed {
      Issue.record(
        "\(RuleTestTextReporter().render([result]))\nrun `swift run closeout rules test` for details")
    }
  }

  @Test func everyDefaultRuleHasAFiringAndASilentCase() throws {
    let ruleSet = try Self.ruleSet.get()
    let suite = RuleTestLoader.load(directories: [Self.directory], ruleSet: ruleSet)
    let coverage = RuleCoverage(ruleSet: ruleSet, cases: suite.cases)
    #expect(coverage.neverFires == [])
    #expect(coverage.neverSilent == [])
    #expect(ruleSet.rules.map(\.id.value) == (try RuleSetLoader.loadDefault()).rules.map(\.id.value))
  }

  @Test func everySnapshotFileIsUsedByACase() throws {
    let ruleSet = try Self.ruleSet.get()
    let suite = RuleTestLoader.load(directories: [Self.directory], ruleSet: ruleSet)
    let used = Set(suite.cases.map(\.snapshot.file))
    let folder = Self.directory + "/tests/snapshots"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
    #expect(files.count >= 85)
    for file in files.sorted() {
      #expect(used.contains(folder + "/" + file), "no case uses rules/tests/snapshots/\(file)")
    }
  }
}
