import Foundation
import Testing

@testable import CloseoutKit

/// `docs/rules.md` is the catalogue of the default rules as `closeout rules doc` makes it today.
@Suite struct CommittedCatalogueTests {
  static let command = "swift run closeout rules doc --output docs/rules.md"

  @Test func docsRulesMdIsUpToDate() throws {
    let repository = Fixtures.repository.path
    let directory = repository + "/rules"
    let ruleSet = try RuleSelection(includesDefaultRules: false, directories: [directory]).load()
    let suite = RuleTestLoader.load(directories: [directory], ruleSet: ruleSet)
    #expect(suite.diagnostics.map(\.summary) == [])
    let catalogue = RuleCatalogue(
      ruleSet: ruleSet, cases: suite.cases, directories: [directory], basePath: repository)
    let generated = CatalogueFormat.markdown.render(catalogue, output: "docs/rules.md")
    let committed = try? String(contentsOfFile: repository + "/docs/rules.md", encoding: .utf8)
    #expect(
      committed == generated,
      "docs/rules.md is stale: run `\(Self.command)` in the repository and commit the result")
  }
}
