import Foundation
import Testing

@testable import CloseoutKit

@Suite struct JSONReporterTests {
  @Test func writesOneIndentedDocumentForTheBatch() {
    let results = [
      CheckResult(file: "a \"quoted\".yaml", errors: [Diagnostic(at: nil, "cannot read\u{1B}")]),
      CheckResult(file: "b.yaml", errors: []),
    ]
    #expect(
      JSONReporter().render(results) == #"""
        {
          "version": 2,
          "results": [
            {
              "snapshot": "a \"quoted\".yaml",
              "contract": null,
              "contract_status": null,
              "verdict": "not_ready",
              "summary": "could not be checked",
              "next": null,
              "counts": {
                "blocker": 0,
                "warning": 0,
                "advice": 0
              },
              "steps": [],
              "errors": [
                {
                  "file": null,
                  "line": null,
                  "column": null,
                  "message": "cannot read\u001b"
                }
              ]
            },
            {
              "snapshot": "b.yaml",
              "contract": null,
              "contract_status": null,
              "verdict": "not_ready",
              "summary": "could not be checked",
              "next": null,
              "counts": {
                "blocker": 0,
                "warning": 0,
                "advice": 0
              },
              "steps": [],
              "errors": []
            }
          ]
        }

        """#)
  }

  @Test func findingsCarryTheirPlacesInTheSnapshot() throws {
    var finding = Finding(rule: "r", severity: .warning, title: "T", message: "M")
    finding.locations = [
      SnapshotLocation(path: "tasks[0]", location: SourceLocation(file: "s.yaml", line: 5, column: 5)),
      SnapshotLocation(
        path: "messages[1].text", location: SourceLocation(file: "s.yaml", line: 15, column: 20),
        word: "PayPal"),
    ]
    var result = CheckResult(file: "s.yaml", errors: [])
    result.checklist = Checklist(
      steps: [.init(id: "a", title: "A", status: .next, findings: [finding])], next: nil, errors: [])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReporter().render([result]).utf8)) as? [String: Any])
    let results = try #require(document["results"] as? [[String: Any]])
    let steps = try #require(results.first?["steps"] as? [[String: Any]])
    let findings = try #require(steps.first?["findings"] as? [[String: Any]])
    let places = try #require(findings.first?["locations"] as? [[String: Any]])
    #expect(places.count == 2)
    #expect(places[0]["path"] as? String == "tasks[0]")
    #expect(places[0]["line"] as? Int == 5)
    #expect(places[0]["word"] == nil)
    #expect(places[1]["file"] as? String == "s.yaml")
    #expect(places[1]["column"] as? Int == 20)
    #expect(places[1]["word"] as? String == "PayPal")
  }

  @Test func anEmptyBatchHasAnEmptyResultsArray() {
    #expect(JSONReporter().render([]) == "{\n  \"version\": 2,\n  \"results\": []\n}\n")
  }
}
