import CEL
import Testing

@testable import CloseoutKit

@Suite struct ConfigurationDecoderTests {
  /// The diagnostics of reading `text` as the configuration file `file`, rendered with the line and caret.
  private func problems(_ text: String, file: String = ".closeout.yaml") -> [String] {
    do {
      _ = try ConfigurationLoader.load(Array(text.utf8), file: file)
      return []
    } catch {
      let renderer = DiagnosticRenderer(sources: error.sources)
      return error.diagnostics.map(renderer.render)
    }
  }

  @Test func everyKeyIsRead() throws {
    let configuration = try ConfigurationLoader.load(
      Array(
        """
        rules: [team-rules, /abs/rules]
        replace_default_rules: true
        disable: [offer-handover]
        severity: {explain-reasons: blocker}
        fail_on: warning
        format: json
        limits: {cost: 500000, string_bytes: 1048576}
        baseline: known.json
        """.utf8), file: "config/.closeout.yaml")
    #expect(configuration.baseline?.value == "config/known.json")
    #expect(configuration.ruleDirectories.map(\.value) == ["config/team-rules", "/abs/rules"])
    #expect(configuration.ruleDirectories[0].location.description == "config/.closeout.yaml:1:9")
    #expect(configuration.replaceDefaultRules)
    #expect(configuration.disabled.map(\.value) == ["offer-handover"])
    #expect(configuration.severities.map(\.rule.value) == ["explain-reasons"])
    #expect(configuration.severities.map(\.severity.value) == [.blocker])
    #expect(configuration.failOn?.value == .warning)
    #expect(configuration.format?.value == .json)
    #expect(configuration.limits.cost == 500_000)
    #expect(configuration.limits.stringBytes == 1_048_576)
    #expect(configuration.limits.collectionSize == EvaluationLimits.default.collectionSize)
  }

  @Test func theWaiverFileStartsFromTheFilesFolder() throws {
    let relative = try ConfigurationLoader.load(
      Array("waivers: ok/w.yaml\n".utf8), file: "config/.closeout.yaml")
    #expect(relative.waivers?.value == "config/ok/w.yaml")
    #expect(relative.waivers?.location.description == "config/.closeout.yaml:1:10")
    let absolute = try ConfigurationLoader.load(
      Array("waivers: /srv/w.yaml\n".utf8), file: "config/.closeout.yaml")
    #expect(absolute.waivers?.value == "/srv/w.yaml")
    let here = try ConfigurationLoader.load(Array("waivers: w.yaml\n".utf8), file: ".closeout.yaml")
    #expect(here.waivers?.value == "w.yaml")
    #expect(
      try ConfigurationLoader.load(Array("fail_on: never\n".utf8), file: ".closeout.yaml").waivers == nil)
  }

  @Test func anEmptyFileChangesNothing() throws {
    let configuration = try ConfigurationLoader.load(Array("# nothing yet\n".utf8), file: ".closeout.yaml")
    #expect(configuration.ruleDirectories.isEmpty && configuration.disabled.isEmpty)
    #expect(configuration.failOn == nil && configuration.format == nil && !configuration.replaceDefaultRules)
  }

  @Test func relativeDirectoriesStartFromTheFilesFolder() {
    #expect(ConfigurationLoader.folder(of: ".closeout.yaml") == "")
    #expect(ConfigurationLoader.folder(of: "../../.closeout.yaml") == "../..")
    #expect(ConfigurationLoader.folder(of: "/.closeout.yaml") == "/")
  }

  @Test(arguments: [
    (
      "colour: never\n",
      """
      .closeout.yaml:1:1: error: unknown key 'colour' in a configuration file
        colour: never
        ^
        hint: allowed keys: rules, replace_default_rules, disable, severity, fail_on, format, waivers, baseline, limits
      """
    ),
    (
      "disabel: [a]\n",
      """
      .closeout.yaml:1:1: error: unknown key 'disabel' in a configuration file
        disabel: [a]
        ^
        hint: did you mean 'disable'?
      """
    ),
    (
      "severity: {explain-reasons: blockr}\n",
      """
      .closeout.yaml:1:29: error: unknown severity 'blockr'
        severity: {explain-reasons: blockr}
                                    ^
        hint: did you mean 'blocker'?
      """
    ),
    (
      "fail_on: warnings\n",
      """
      .closeout.yaml:1:10: error: unknown 'fail_on' value 'warnings'
        fail_on: warnings
                 ^
        hint: did you mean 'warning'?
      """
    ),
    (
      "format: pdf\n",
      """
      .closeout.yaml:1:9: error: unknown 'format' value 'pdf'
        format: pdf
                ^
        hint: use one of: text, json, ics, ndjson, github, tap, junit, markdown, checkstyle, sarif, html
      """
    ),
    (
      "rules: team-rules\n",
      """
      .closeout.yaml:1:8: error: 'rules' must be a list, not the scalar 'team-rules'
        rules: team-rules
               ^
      """
    ),
    (
      "replace_default_rules: yes\nrules: [a]\n",
      """
      .closeout.yaml:1:24: error: 'replace_default_rules' must be true or false, not 'yes'
        replace_default_rules: yes
                               ^
      """
    ),
    (
      "replace_default_rules: true\n",
      """
      .closeout.yaml:1:24: error: 'replace_default_rules: true' leaves no rules
        replace_default_rules: true
                               ^
        hint: list the rule directories to use under 'rules'
      """
    ),
    (
      "severity: [blocker]\n",
      """
      .closeout.yaml:1:11: error: 'severity' must be a mapping of rule ids to severities
        severity: [blocker]
                  ^
      """
    ),
    (
      "disable: [a, 'b c']\n",
      """
      .closeout.yaml:1:14: error: a rule id in 'disable' 'b c' may contain only letters, digits, '-', '_' and '.'
        disable: [a, 'b c']
                     ^
      """
    ),
    (
      "disable:\n  - a\n  - a\n",
      """
      .closeout.yaml:3:5: error: rule 'a' is disabled twice
          - a
            ^
      .closeout.yaml:2:5: note: 'a' is first disabled here
          - a
            ^
      """
    ),
    (
      "limits: {cost: -5}\n",
      """
      .closeout.yaml:1:16: error: 'limits.cost' must be a positive integer, not '-5'
        limits: {cost: -5}
                       ^
      """
    ),
    (
      "limits: {time: 5}\n",
      """
      .closeout.yaml:1:10: error: unknown key 'time' in 'limits'
        limits: {time: 5}
                 ^
        hint: allowed keys: cost, string_bytes, collection_size
      """
    ),
    (
      "waivers: [a.yaml, b.yaml]\n",
      """
      .closeout.yaml:1:10: error: 'waivers' must be a string, not a list
        waivers: [a.yaml, b.yaml]
                 ^
      """
    ),
    (
      "waivers:\n",
      """
      .closeout.yaml:1:9: error: 'waivers' must be a string, not null
        waivers:
                ^
      """
    ),
    (
      "waiver: accepted.yaml\n",
      """
      .closeout.yaml:1:1: error: unknown key 'waiver' in a configuration file
        waiver: accepted.yaml
        ^
        hint: did you mean 'waivers'?
      """
    ),
    (
      "- rules\n",
      """
      .closeout.yaml:1:1: error: a configuration file must be a mapping, not a list
        - rules
        ^
      """
    ),
  ])
  func problemsAreLocated(text: String, expected: String) {
    #expect(problems(text) == [expected])
  }

  @Test func yamlErrorsAreLocatedToo() {
    #expect(
      problems("fail_on: never\nfail_on: warning\n").map { $0.split(separator: "\n")[0] } == [
        ".closeout.yaml:2:1: error: duplicate key 'fail_on' (first defined at line 1, column 1)"
      ])
    #expect(
      problems("rules: [a\n").map { $0.split(separator: "\n")[0] } == [
        ".closeout.yaml:2:1: error: while parsing a flow sequence: did not find expected ',' or ']'"
      ])
  }

  @Test func everyProblemIsReportedAtOnce() {
    let lines = problems("colour: x\nfail_on: nope\nformat: yaml\n").map { $0.split(separator: "\n")[0] }
    #expect(
      lines == [
        ".closeout.yaml:1:1: error: unknown key 'colour' in a configuration file",
        ".closeout.yaml:2:10: error: unknown 'fail_on' value 'nope'",
        ".closeout.yaml:3:9: error: unknown 'format' value 'yaml'",
      ])
  }
}
