import Foundation
import Testing

@testable import CloseoutKit

@Suite struct NDJSONReporterTests {
  private let reporter = NDJSONReporter()

  @Test func writesEachResultOnALineOfItsOwnAndNothingElse() {
    let text = reporter.render([
      StreamingFixtures.ready, StreamingFixtures.notReady, StreamingFixtures.unreadable,
    ])
    #expect(
      text == #"""
        {"snapshot":"ready.yaml","contract":"ct-1","contract_status":"active","verdict":"ready","summary":"ready to request the end","next":{"step":"wrap-up","action":"Wrap up."},"counts":{"blocker":0,"warning":0,"advice":1},"steps":[{"id":"wrap-up","title":"Wrap up","status":"next","findings":[{"rule":"handover-docs","severity":"advice","title":"Share the docs","message":"Not shared.","next":null,"due":null,"locations":[]}]}],"errors":[]}
        {"snapshot":"not-ready.yaml","contract":"ct-2","contract_status":"active","verdict":"not_ready","summary":"not ready to end","next":{"step":"wrap-up","action":"Wrap up."},"counts":{"blocker":1,"warning":1,"advice":0},"steps":[{"id":"wrap-up","title":"Wrap up","status":"blocked","findings":[{"rule":"client-agreement","severity":"blocker","title":"Get the client's agreement","message":"Acme has not agreed.","next":"Ask Acme.","due":null,"locations":[]},{"rule":"feedback-window","severity":"warning","title":"Leave feedback","message":"No feedback.","next":null,"due":null,"locations":[]}]}],"errors":[]}
        {"snapshot":"bad.yaml","contract":null,"contract_status":null,"verdict":"not_ready","summary":"could not be checked","next":null,"counts":{"blocker":0,"warning":0,"advice":0},"steps":[],"errors":[{"file":"bad.yaml","line":2,"column":6,"message":"broken"}]}

        """#)
  }

  @Test func eachLineIsTheJSONFormatsResult() throws {
    let results = [StreamingFixtures.notReady, StreamingFixtures.ruleError, StreamingFixtures.hostile]
    let document = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(results).utf8))
    let elements = try #require((document as? [String: Any])?["results"] as? [Any])
    let lines = reporter.render(results).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3].isEmpty)
    for (line, element) in zip(lines, elements) {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      #expect(NSDictionary(dictionary: try #require(object as? [String: Any])) == element as? NSDictionary)
    }
  }

  @Test func hostileTextCannotBreakALine() throws {
    let line = reporter.entry(StreamingFixtures.hostile, index: 0)
    #expect(line.hasPrefix(#"{"snapshot":"a,b: 100% # SKIP\n::error::forged\r\u2028\u001b[2J"#))
    #expect(line.dropLast().allSatisfy { !$0.isNewline })
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    #expect(object?["snapshot"] as? String == StreamingFixtures.hostileText)
  }

  @Test func anEmptyBatchWritesNothing() {
    #expect(reporter.render([]) == "")
  }
}
