import Foundation
import Testing

@testable import CloseoutKit

/// Every default rule fires on its `<rule>.fires*.yaml` examples and stays silent on its
/// `<rule>.silent*.yaml` examples, and no rule errors on any of them.
@Suite struct DefaultRuleExamplesTests {
  static let folder = Fixtures.url("RuleExamples")
  static let names: [String] =
    (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
    .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
  static let engine = Result { try Engine(ruleSet: RuleSetLoader.loadDefault()) }

  /// The rule id and whether it must fire, from `<rule-id>.fires[-suffix].yaml`.
  static func expectation(_ name: String) -> (rule: String, fires: Bool)? {
    let parts = name.dropLast(".yaml".count).split(separator: ".", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    if parts[1].hasPrefix("fires") { return (String(parts[0]), true) }
    if parts[1].hasPrefix("silent") { return (String(parts[0]), false) }
    return nil
  }

  @Test func everyDefaultRuleHasAFiringAndASilentExample() throws {
    let rules = try Self.engine.get().ruleSet.rules.map(\.id.value)
    let expectations = Self.names.compactMap(Self.expectation)
    for rule in rules {
      #expect(expectations.contains { $0.rule == rule && $0.fires }, "no firing example for \(rule)")
      #expect(expectations.contains { $0.rule == rule && !$0.fires }, "no silent example for \(rule)")
    }
    for expectation in expectations {
      #expect(rules.contains(expectation.rule), "example for unknown rule \(expectation.rule)")
    }
  }

  @Test(arguments: names)
  func example(name: String) throws {
    let expectation = try #require(
      Self.expectation(name), "\(name) is not named <rule>.fires|silent[-x].yaml")
    let snapshot = try SnapshotLoader.load(path: Self.folder.appending(path: name).path)
    let checklist = try Self.engine.get().check(snapshot)
    #expect(checklist.errors.map(\.summary) == [])
    let fired = checklist.steps.flatMap(\.findings).map(\.rule)
    #expect(fired.contains(expectation.rule) == expectation.fires, "fired: \(fired)")
  }
}
