import Foundation
import Testing

@testable import CloseoutKit

@Suite struct ICSReporterTests {
  /// 2026-11-20T10:00:00Z, the time every test's calendar is made.
  private let reporter = ICSReporter(generated: Date(timeIntervalSince1970: 1_795_168_800))

  /// A checked snapshot of contract `contract` with one step holding `findings`.
  private func result(_ contract: String?, file: String = "s.yaml", _ findings: [Finding]) -> CheckResult {
    var result = CheckResult(file: file, errors: [])
    result.contractID = contract
    result.checklist = Checklist(
      steps: [.init(id: "a", title: "A", status: .blocked, findings: findings)], next: nil, errors: [])
    return result
  }

  private func finding(
    _ rule: String, title: String = "T", message: String = "M", next: String? = nil, due: String?
  ) -> Finding {
    Finding(rule: rule, severity: .blocker, title: title, message: message, next: next, due: due)
  }

  /// `lines` joined with CRLF after each.
  private func crlf(_ lines: String...) -> String { lines.map { $0 + "\r\n" }.joined() }

  @Test func writesOneEventPerDeadlineWithEscapedText() {
    let dispute = finding(
      "open-dispute", title: "Answer the refund request, today; please",
      message: "Refund\\claim; due,\nsoon\u{1B}[2J", next: "Reply\r\non\tthe platform\u{85}",
      due: "2026-11-22T08:00:00Z")
    #expect(
      reporter.render([result("ct-1042", [dispute])])
        == crlf(
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "PRODID:-//Closeout//Closeout//EN",
          "CALSCALE:GREGORIAN",
          "BEGIN:VEVENT",
          "UID:ct-1042-open-dispute-20261122T080000Z@closeout",
          "DTSTAMP:20261120T100000Z",
          "DTSTART:20261122T080000Z",
          "DURATION:PT30M",
          "SUMMARY:Answer the refund request\\, today\\; please (ct-1042)",
          "DESCRIPTION:Refund\\\\claim\\; due\\,\\nsoon\\\\u{1B}[2J\\n\\nReply\\non\tthe platform",
          " \\\\u{85}",
          "END:VEVENT",
          "END:VCALENDAR"))
  }

  @Test func controlAndBidiCharactersAreWrittenAsEscapesNotAsThemselves() {
    #expect(
      ICSReporter.escaped("a\u{1B}[31mb\u{202E}c\u{2028}d\u{85}e\tf")
        == #"a\\u{1B}[31mb\\u{202E}c\\u{2028}d\\u{85}e"# + "\tf")
    #expect(ICSReporter.escaped("one\r\ntwo\nthree") == "one\\ntwo\\nthree")
  }

  @Test func foldsLongLinesAt75OctetsOnCharacterBoundaries() {
    // "DESCRIPTION:" is 12 octets: 31 two-octet "é" fill the first line to 74, 37 the next to 75
    // with its leading space; the 4-octet emoji after 62 "a" would end at 78, so it moves down.
    let accents = String(repeating: "é", count: 100)
    let emoji = String(repeating: "a", count: 62) + "😀b"
    let text = reporter.entry(
      result(
        "c", [finding("r", message: accents, due: "2026-01-02T03:04:05Z")]), index: 0)
    #expect(
      text.contains(
        crlf(
          "DESCRIPTION:" + String(repeating: "é", count: 31),
          " " + String(repeating: "é", count: 37),
          " " + String(repeating: "é", count: 32))))
    let second = reporter.entry(
      result("c", [finding("r", message: emoji, due: "2026-01-02T03:04:05Z")]), index: 0)
    #expect(second.contains(crlf("DESCRIPTION:" + String(repeating: "a", count: 62), " 😀b")))
    for line in (text + second).components(separatedBy: "\r\n").dropLast() {
      #expect(line.utf8.count <= 75)
      #expect(!line.contains("\n") && !line.contains("\r"))
    }
    #expect(text.hasSuffix("\r\n") && second.hasSuffix("\r\n"))
  }

  @Test func findingsWithoutADeadlineAndUnreadableSnapshotsAddNoEvent() {
    let unreadable = CheckResult(file: "bad.yaml", errors: [Diagnostic(at: nil, "cannot read")])
    let noDeadline = result("ct-1", [finding("r", due: nil)])
    #expect(reporter.entry(unreadable, index: 0) == "")
    #expect(reporter.entry(noDeadline, index: 0) == "")
    #expect(
      reporter.render([unreadable, noDeadline])
        == crlf(
          "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Closeout//Closeout//EN", "CALSCALE:GREGORIAN",
          "END:VCALENDAR"))
  }

  @Test func aBatchGivesEveryDeadlineOfEveryResultInOrder() {
    let first = result(
      "ct-1",
      [
        finding("release", title: "Milestone releases", next: "Approve it", due: "2026-12-03T00:00:00Z"),
        finding("no-due", due: nil),
        finding("feedback", title: "Feedback closes", due: "2026-12-15T23:59:59.5Z"),
      ])
    let second = result(nil, file: "dir/s 2.yaml", [finding("release", due: "2027-01-01T00:00:00Z")])
    let calendar = reporter.render([first, second])
    #expect(
      calendar
        == crlf(
          "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Closeout//Closeout//EN", "CALSCALE:GREGORIAN",
          "BEGIN:VEVENT",
          "UID:ct-1-release-20261203T000000Z@closeout",
          "DTSTAMP:20261120T100000Z",
          "DTSTART:20261203T000000Z",
          "DURATION:PT30M",
          "SUMMARY:Milestone releases (ct-1)",
          "DESCRIPTION:M\\n\\nApprove it",
          "END:VEVENT",
          "BEGIN:VEVENT",
          "UID:ct-1-feedback-20261215T235959Z@closeout",
          "DTSTAMP:20261120T100000Z",
          "DTSTART:20261215T235959Z",
          "DURATION:PT30M",
          "SUMMARY:Feedback closes (ct-1)",
          "DESCRIPTION:M",
          "END:VEVENT",
          "BEGIN:VEVENT",
          "UID:dir/s 2.yaml-release-20270101T000000Z@closeout",
          "DTSTAMP:20261120T100000Z",
          "DTSTART:20270101T000000Z",
          "DURATION:PT30M",
          "SUMMARY:T (dir/s 2.yaml)",
          "DESCRIPTION:M",
          "END:VEVENT",
          "END:VCALENDAR"))
  }

  @Test func anUnparsableDeadlineIsSkippedNotTrapped() {
    #expect(reporter.entry(result("c", [finding("r", due: "next week")]), index: 0) == "")
  }
}
