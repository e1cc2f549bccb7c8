import Foundation
import Testing

@testable import CloseoutKit

@Suite struct SARIFReporterTests {
  /// `ReporterSamples.rules` with a rationale and a next step for the first.
  static let rules: [RuleSummary] = {
    var rules = ReporterSamples.rules
    rules[0].rationale = "An agreed end keeps the relationship."
    rules[0].next = "Ask {{ client_name }}."
    return rules
  }()

  /// The log parsed, for the tests that look at a few members.
  static func parsed(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The results of the log's one run.
  static func results(_ text: String) throws -> [[String: Any]] {
    let run = try #require((try parsed(text)["runs"] as? [[String: Any]])?.first)
    return try #require(run["results"] as? [[String: Any]])
  }

  @Test func aReadyContractIsALogWithEveryRuleAndNoResult() {
    #expect(
      SARIFReporter(rules: Self.rules).render([ReporterSamples.ready]) == """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "closeout",
                  "version": "0.1.0",
                  "informationUri": "https://github.com/closeout/closeout",
                  "rules": [
                    {
                      "id": "client-agreement",
                      "name": "ClientAgreement",
                      "shortDescription": {
                        "text": "Get the client's agreement"
                      },
                      "fullDescription": {
                        "text": "An agreed end keeps the relationship."
                      },
                      "defaultConfiguration": {
                        "level": "error"
                      },
                      "help": {
                        "text": "Ask {{ client_name }}."
                      }
                    },
                    {
                      "id": "tasks-done",
                      "name": "TasksDone",
                      "shortDescription": {
                        "text": "Finish the tasks"
                      },
                      "fullDescription": {
                        "text": "Finish the tasks"
                      },
                      "defaultConfiguration": {
                        "level": "warning"
                      }
                    },
                    {
                      "id": "feedback-window",
                      "name": "FeedbackWindow",
                      "shortDescription": {
                        "text": "Leave feedback"
                      },
                      "fullDescription": {
                        "text": "Leave feedback"
                      },
                      "defaultConfiguration": {
                        "level": "note"
                      }
                    },
                    {
                      "id": "closeout/snapshot",
                      "name": "CloseoutSnapshot",
                      "shortDescription": {
                        "text": "Read the snapshot"
                      },
                      "fullDescription": {
                        "text": "A snapshot that cannot be read or does not match the schema cannot be checked."
                      },
                      "defaultConfiguration": {
                        "level": "error"
                      },
                      "help": {
                        "text": "Fix the snapshot at the place the message names."
                      }
                    },
                    {
                      "id": "closeout/rule-error",
                      "name": "CloseoutRuleError",
                      "shortDescription": {
                        "text": "Evaluate the rules"
                      },
                      "fullDescription": {
                        "text": "A rule that cannot be evaluated on a snapshot leaves the contract unjudged."
                      },
                      "defaultConfiguration": {
                        "level": "error"
                      },
                      "help": {
                        "text": "Guard the rule's expression against the snapshot's missing or odd fields."
                      }
                    }
                  ]
                }
              },
              "columnKind": "unicodeCodePoints",
              "results": []
            }
          ]
        }

        """)
  }

  @Test func aNotReadyContractHasAResultPerFindingAtLineOneOfItsSnapshot() throws {
    var reporter = SARIFReporter(rules: Self.rules)
    let finding = try #require(ReporterSamples.notReady.checklist?.steps.first?.findings.first)
    #expect(
      reporter.result(finding, of: ReporterSamples.notReady).rendered() == """
        {
          "ruleId": "client-agreement",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "Acme has not agreed. Next: Ask Acme."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/not-ready.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 1
                }
              }
            }
          ],
          "partialFingerprints": {
            "closeoutFinding/v2": "68a77714fb835f86"
          }
        }
        """)
    let results = try Self.results(
      SARIFReporter(rules: Self.rules).render([
        ReporterSamples.ready, ReporterSamples.notReady, ReporterSamples.unreadable,
      ]))
    #expect(
      results.map { $0["ruleId"] as? String } == ["client-agreement", "feedback-window", "closeout/snapshot"])
    #expect(results.map { $0["ruleIndex"] as? Int } == [0, 2, 3])
    #expect(results.map { $0["level"] as? String } == ["error", "note", "error"])
  }

  @Test func anUnreadableSnapshotIsAnErrorAtItsPlace() {
    let reporter = SARIFReporter(rules: Self.rules)
    let unreadable = ReporterSamples.unreadable
    #expect(
      reporter.result(unreadable.errors[0], rule: SARIFReporter.snapshotRule, of: unreadable).rendered()
        == """
        {
          "ruleId": "closeout/snapshot",
          "ruleIndex": 3,
          "level": "error",
          "message": {
            "text": "expected ',' or '}'"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "bad.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 14
                }
              }
            }
          ],
          "partialFingerprints": {
            "closeoutFinding/v2": "1a6c9621b7481359"
          }
        }
        """)
  }

  @Test func aSnapshotWithoutAPlaceForItsProblemIsTheFileAsAWhole() throws {
    let missing = CheckResult(file: "missing.yaml", errors: [Diagnostic(at: nil, "cannot read the snapshot")])
    let result = try #require(try Self.results(SARIFReporter(rules: []).render([missing])).first)
    let physical = try #require(
      (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "missing.yaml")
    #expect(physical["region"] == nil)
    #expect(result["ruleIndex"] as? Int == 0)
  }

  @Test func aRuleThatCouldNotBeEvaluatedIsAnErrorAtItsRuleFilesPlace() throws {
    let results = try Self.results(SARIFReporter(rules: Self.rules).render([ReporterSamples.withRuleError]))
    let error = try #require(results.last)
    #expect(error["ruleId"] as? String == "closeout/rule-error")
    #expect(error["ruleIndex"] as? Int == 4)
    #expect(error["level"] as? String == "error")
    #expect(
      (error["message"] as? [String: Any])?["text"] as? String
        == "rule 'tasks-done' could not be evaluated on x.yaml: no such key: 'tasks'\nhint: guard it")
    let physical = try #require(
      (error["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "rules/r.yaml")
    #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 4)
    #expect((physical["region"] as? [String: Any])?["startColumn"] as? Int == 9)
  }

  @Test func aRuleTheRuleSetDoesNotListIsDeclaredFromItsFinding() throws {
    let text = SARIFReporter(rules: []).render([ReporterSamples.notReady])
    let run = try #require((try Self.parsed(text)["runs"] as? [[String: Any]])?.first)
    let rules = try #require(
      (run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"])
    let declared = try #require(rules as? [[String: Any]])
    #expect(
      declared.map { $0["id"] as? String } == [
        "closeout/snapshot", "closeout/rule-error", "client-agreement", "feedback-window",
      ])
    #expect(
      (declared[3]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")
    #expect(try Self.results(text).map { $0["ruleIndex"] as? Int } == [2, 3])
  }

  @Test func theFingerprintFollowsTheContractRuleAndPathsNotTheFileOrLines() {
    let finding = Finding(rule: "r", severity: .warning, title: "T", message: "M", next: nil)
    var reporter = SARIFReporter(rules: [])
    func fingerprint(
      file: String, contract: String?, rule: String = "r", at places: [SnapshotLocation] = []
    )
      -> String
    {
      var checked = ReporterSamples.checked(file, contract: contract, [])
      checked.contractID = contract
      var fired = finding
      fired.rule = rule
      fired.locations = places
      return reporter.result(fired, of: checked).rendered().split(separator: "\n")
        .first { $0.contains("closeoutFinding/v2") }.map(String.init) ?? ""
    }
    func place(_ path: String, line: Int) -> SnapshotLocation {
      SnapshotLocation(
        path: path, location: CloseoutKit.SourceLocation(file: "a.yaml", line: line, column: 3))
    }
    let original = fingerprint(file: "a.yaml", contract: "ct-1")
    #expect(!original.isEmpty)
    #expect(fingerprint(file: "renamed/a.yaml", contract: "ct-1") == original)
    #expect(fingerprint(file: "a.yaml", contract: "ct-2") != original)
    #expect(fingerprint(file: "a.yaml", contract: "ct-1", rule: "s") != original)
    #expect(fingerprint(file: "a.yaml", contract: nil) != fingerprint(file: "b.yaml", contract: nil))
    // The value is the finding's `FindingFingerprint`, which a baseline file lists too.
    #expect(original.contains("\"\(FindingFingerprint(contract: "ct-1", rule: "r"))\""))
    // Places count by their paths: a line moved by an edit elsewhere does not change it.
    let atTask = fingerprint(file: "a.yaml", contract: "ct-1", at: [place("tasks[0]", line: 7)])
    #expect(atTask != original)
    #expect(fingerprint(file: "a.yaml", contract: "ct-1", at: [place("tasks[0]", line: 9)]) == atTask)
    #expect(fingerprint(file: "a.yaml", contract: "ct-1", at: [place("tasks[1]", line: 7)]) != atTask)
  }

  @Test func aFindingIsWrittenAtEachOfItsPlaces() throws {
    var reporter = SARIFReporter(rules: [])
    var finding = Finding(rule: "r", severity: .blocker, title: "T", message: "M", next: nil)
    finding.locations = [
      SnapshotLocation(
        path: "tasks[0]",
        location: CloseoutKit.SourceLocation(file: "examples/ready.yaml", line: 7, column: 3)),
      SnapshotLocation(
        path: "messages[1].text",
        location: CloseoutKit.SourceLocation(file: "examples/ready.yaml", line: 34, column: 16),
        word: "PayPal"),
    ]
    let text = reporter.result(finding, of: ReporterSamples.ready).rendered()
    #expect(text.contains("\"startLine\": 7,\n          \"startColumn\": 3\n"))
    #expect(
      text.contains("\"startLine\": 34,\n          \"startColumn\": 16,\n          \"endColumn\": 22\n"))
    #expect(text.contains("\"text\": \"messages[1].text\""))
  }

  @Test(
    arguments: [
      ("contracts.ndjson:3", "contracts.ndjson", 3),
      ("/srv/contracts/a b.yaml", "file:///srv/contracts/a%20b.yaml", 1),
      ("-", nil, nil),
      ("-:2", nil, nil),
    ] as [(String, String?, Int?)])
  func snapshotLocations(file: String, uri: String?, line: Int?) throws {
    let checked = ReporterSamples.checked(
      file, contract: "ct-1",
      [("s", .blocked, [Finding(rule: "r", severity: .blocker, title: "T", message: "M", next: nil)])])
    let result = try #require(try Self.results(SARIFReporter(rules: []).render([checked])).first)
    let physical = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    let artifact = physical?["artifactLocation"] as? [String: Any]
    #expect(artifact?["uri"] as? String == uri)
    #expect(artifact?["uriBaseId"] == nil || artifact?["uriBaseId"] as? String == "%SRCROOT%")
    #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == line)
  }

  @Test func hostileTextIsEscapedAndTheLogParses() throws {
    let text = SARIFReporter(rules: []).render([ReporterSamples.hostileResult])
    #expect(!text.contains("\u{1B}") && !text.contains("\u{0}") && !text.contains("\r"))
    #expect(text.contains(#"`c`\u0000\u001b[2J\r\nnext"#))
    let result = try #require(try Self.results(text).first)
    #expect(result["ruleId"] as? String == "r<1>")
    let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
    #expect(message == ReporterSamples.hostile + " Next: " + ReporterSamples.hostile)
  }

  @Test(arguments: [
    ("client-agreement", "ClientAgreement"), ("closeout/rule-error", "CloseoutRuleError"),
    ("r.v2_x", "RV2X"),
  ])
  func namesArePascalCaseIDs(id: String, name: String) {
    #expect(SARIFReporter.name(id) == name)
  }
}

extension SARIFReporterTests {
  @Test func rulesThatCouldNotBeLoadedAreALogOfRuleErrors() throws {
    let text = SARIFReporter(rules: []).ruleErrors([
      ReporterSamples.ruleError, Diagnostic(at: nil, "no rule file in 'x'"),
    ])
    let results = try Self.results(text)
    #expect(results.map { $0["ruleId"] as? String } == ["closeout/rule-error", "closeout/rule-error"])
    #expect(results.map { $0["ruleIndex"] as? Int } == [1, 1])
    let physical = (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
    #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == "rules/r.yaml")
    #expect(results[1]["locations"] == nil)
  }

  @Test func aWaivedFindingIsASuppressedResult() throws {
    var result = ReporterSamples.notReady
    let step = try #require(result.checklist?.steps.firstIndex { !$0.findings.isEmpty })
    result.checklist?.steps[step].findings[0].waiver = Finding.Waived(
      reason: "Agreed", acceptedBy: "Ana", expires: "2026-12-31",
      location: SourceLocation(file: "w.yaml", line: 1, column: 10))
    let suppressed = try Self.results(SARIFReporter(rules: Self.rules).render([result])).filter {
      $0["suppressions"] != nil
    }
    #expect(suppressed.count == 1)
    let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    #expect(suppression["status"] as? String == "accepted")
    #expect(suppression["justification"] as? String == "Agreed (accepted by Ana, until 2026-12-31)")
  }
}
