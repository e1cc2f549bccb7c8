import Foundation
import Testing

@Suite struct RulesLintCommandTests {
  @Test func theDefaultRulesLintClean() throws {
    let output = try CommandRunner.run(["rules", "lint", "rules", "--strict"])
    #expect(output.status == 0)
    #expect(output.stdout == "no problems found\n")
  }

  @Test func errorsExitTwoWithCaretsAndHints() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - {id: r, step: a, severty: advice, title: T, when: "true", message: M}
      """
    ])
    let output = try CommandRunner.run(["rules", "lint", folder.path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "r.yaml:3:22: error: unknown key 'severty' in a rule\n"
          + "    - {id: r, step: a, severty: advice, title: T, when: \"true\", message: M}\n"
          + "                       ^\n"
          + "  hint: did you mean 'severity'?\n"))
    #expect(output.stdout.hasSuffix("2 errors, 0 warnings\n"))
  }

  @Test func aConstantPatternThatIsNotRE2IsALocatedError() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - id: r
          step: a
          severity: advice
          title: T
          when: contract.title.matches('(a)\\\\1')
          message: M
          rationale: R
      """
    ])
    let output = try CommandRunner.run(["rules", "lint", folder.path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "r.yaml:7:25: error: invalid regular expression '(a)\\1': "
          + "a backreference is not supported (RE2 syntax): \\1\n"
          + "      when: contract.title.matches('(a)\\\\1')\n"
          + "                          ^\n"))
    #expect(output.stdout.hasSuffix("1 error, 0 warnings\n"))
  }

  @Test func warningsFailOnlyWithStrict() throws {
    let folder = try CommandRunner.folder([
      "r.yaml": """
      steps: [{id: a, title: A}]
      rules:
        - {id: r, step: a, severity: advice, title: T, when: "false", message: M, rationale: R}
      """
    ])
    #expect(try CommandRunner.run(["rules", "lint", folder.path]).status == 0)
    let strict = try CommandRunner.run(["rules", "lint", folder.path, "--strict", "--format", "json"])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains("\"severity\": \"warning\""))
  }

  @Test func sarifIsJSON() throws {
    let output = try CommandRunner.run(["rules", "lint", "rules", "--format", "sarif"])
    #expect(output.status == 0)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
  }
}
