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

  @Test func anEmptyBatchHasAnEmptyResultsArray() {
    #expect(JSONReporter().render([]) == "{\n  \"version\": 2,\n  \"results\": []\n}\n")
  }
}
