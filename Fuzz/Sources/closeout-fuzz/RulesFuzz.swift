import CEL
import Foundation
import YAML

@testable import CloseoutKit

/// Loads bytes as one rule file, alone and layered on the default rules, and renders what `rules
/// lint` would print; a rule set that loads also writes `closeout init`'s template and checks it.
enum RulesFuzz {
  /// The built-in rule files, as the loader reads them.
  static let defaultSources = DefaultRules.files.map { RuleSource(name: $0.name, bytes: Array($0.text.utf8)) }

  static func run(_ bytes: [UInt8]) {
    let file = RuleSource(name: "fuzz.yaml", bytes: bytes)
    // Layered on the default rules, a file that is not YAML gives the same one error, only slower.
    let layerings =
      (try? YAMLReader.parse(bytes, file: file.name)) == nil
      ? [[[file]]] : [[[file]], [defaultSources, [file]]]
    for layers in layerings {
      let report: LintReport
      do {
        let ruleSet = try RuleSetLoader.load(layers: layers)
        report = LintReport(
          diagnostics: RuleLinter.warnings(ruleSet).sortedByLocation(), sources: ruleSet.sources)
        checkTemplate(of: ruleSet)
      } catch {
        report = LintReport(diagnostics: error.diagnostics, sources: error.sources)
      }
      _ = report.text()
      _ = report.json()
      _ = SARIFLog.render(report.diagnostics)
    }
  }

  /// Checks the template that `closeout init` writes for `ruleSet`'s schema with `ruleSet`.
  static func checkTemplate(of ruleSet: RuleSet) {
    let template = SnapshotTemplate(
      TemplateAnswers(asOf: Timestamp(seconds: 1_795_000_000)), schema: ruleSet.validationSchema)
    let engine = Engine(ruleSet: ruleSet)
    CheckFuzz.check(Array(template.text.utf8), file: "template.yaml", engine: engine, validates: true)
  }
}
