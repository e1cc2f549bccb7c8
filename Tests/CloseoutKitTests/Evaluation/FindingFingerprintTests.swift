import Testing

@testable import CloseoutKit

@Suite struct FindingFingerprintTests {
  @Test func theSameContractAndRuleGiveTheSameFingerprint() {
    let fingerprint = FindingFingerprint(contract: "ct-1042", rule: "client-agreement")
    #expect(fingerprint == FindingFingerprint(contract: "ct-1042", rule: "client-agreement"))
    // Pinned: SARIF's `closeoutFinding/v2` and every baseline file written so far hold this value.
    #expect(fingerprint.description == "142e99373953c3f4")
    let finding = Finding(rule: "client-agreement", severity: .blocker, title: "T", message: "M", next: nil)
    var reworded = finding
    reworded.message = "Another message"
    reworded.severity = .warning
    #expect(FindingFingerprint(finding, contract: "ct-1042") == fingerprint)
    #expect(FindingFingerprint(reworded, contract: "ct-1042") == fingerprint)
  }

  @Test(arguments: [
    ("ct-1043", "client-agreement", [String]()),
    ("ct-1042", "open-dispute", []),
    ("ct-1042", "client-agreement", ["tasks[2]"]),
    ("ct-1042client-agreement", "", []),
    ("ct-104", "2client-agreement", []),
  ])
  func anotherContractRuleOrPlaceGivesAnotherFingerprint(contract: String, rule: String, locations: [String])
  {
    #expect(
      FindingFingerprint(contract: contract, rule: rule, locations: locations)
        != FindingFingerprint(contract: "ct-1042", rule: "client-agreement"))
  }

  @Test func placesAreHashedInOrder() {
    #expect(
      FindingFingerprint(contract: "c", rule: "r", locations: ["tasks[1]", "tasks[2]"])
        != FindingFingerprint(contract: "c", rule: "r", locations: ["tasks[2]", "tasks[1]"]))
  }

  @Test(arguments: [
    ("142e99373953c3f4", true), ("142E99373953C3F4", false), ("142e99373953c3f", false),
    ("142e99373953c3f4a", false), ("142e99373953c3g4", false), ("", false),
  ])
  func aWrittenFingerprintIsSixteenLowerCaseHexDigits(text: String, valid: Bool) {
    #expect((FindingFingerprint(text)?.description == text) == valid)
  }
}
