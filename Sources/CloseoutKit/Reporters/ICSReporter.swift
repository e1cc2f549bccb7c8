import CEL
import Foundation

/// The deadlines of a batch as an iCalendar file (`--format ics`, RFC 5545): one half-hour event
/// per finding that has a `due` date, so that a freelancer can put them in a calendar.
///
/// Results without deadlines, and snapshots that could not be read, add no event.
public struct ICSReporter: Reporter {
  /// When the calendar was made, as `DTSTAMP` writes it (`20261120T100000Z`).
  private let stamp: String

  /// Creates the reporter; `generated` becomes every event's `DTSTAMP`, so a fixed date gives
  /// the same text on every run.
  public init(generated: Date) {
    let seconds = generated.timeIntervalSince1970.rounded(.down)
    let clamped = min(max(seconds, Double(Timestamp.minSeconds)), Double(Timestamp.maxSeconds))
    stamp = Self.dateTime(Timestamp(seconds: clamped.isFinite ? Int64(clamped) : 0))
  }

  public static var format: ReportFormat { .ics }

  /// The reporter whose events are stamped with `options.generated`.
  public init(options: ReportOptions) { self.init(generated: options.generated) }

  /// The calendar's header.
  public func opening() -> String {
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Closeout//Closeout//EN\r\nCALSCALE:GREGORIAN\r\n"
  }

  /// One `VEVENT` per finding of `result` that has a deadline, in checklist order.
  public func entry(_ result: CheckResult, index: Int) -> String {
    guard let checklist = result.checklist else { return "" }
    var text = ""
    for finding in checklist.activeFindings {
      guard let due = finding.due, let start = Timestamp(rfc3339: due) else { continue }
      appendEvent(finding, start: start, of: result, to: &text)
    }
    return text
  }

  /// The calendar's end.
  public func closing(_ tally: CheckTally) -> String { "END:VCALENDAR\r\n" }

  /// An empty calendar when the rules could not be loaded: there are no deadlines to show, and
  /// a calendar that subscribes to the file still reads it.
  public func ruleErrors(_ diagnostics: [Diagnostic]) -> String { opening() + closing(CheckTally()) }

  private func appendEvent(
    _ finding: Finding, start: Timestamp, of result: CheckResult, to text: inout String
  ) {
    let contract = result.contractID ?? result.file
    let start = Self.dateTime(start)
    var description = finding.message
    if let next = finding.next { description += "\n\n" + next }
    text += "BEGIN:VEVENT\r\n"
    Self.appendLine("UID", "\(contract)-\(finding.rule)-\(start)@closeout", to: &text)
    Self.appendLine("DTSTAMP", stamp, escaping: false, to: &text)
    Self.appendLine("DTSTART", start, escaping: false, to: &text)
    Self.appendLine("DURATION", "PT30M", escaping: false, to: &text)
    Self.appendLine("SUMMARY", "\(finding.title) (\(contract))", to: &text)
    Self.appendLine("DESCRIPTION", description, to: &text)
    text += "END:VEVENT\r\n"
  }

  /// A UTC date-time in iCalendar's basic form, `yyyyMMdd'T'HHmmss'Z'`, without fractions of a
  /// second.
  static func dateTime(_ timestamp: Timestamp) -> String {
    let civil = CivilTime(epochSeconds: timestamp.seconds)
    func digits(_ value: Int64, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return digits(civil.year, 4) + digits(civil.month, 2) + digits(civil.day, 2) + "T"
      + digits(civil.hour, 2) + digits(civil.minute, 2) + digits(civil.second, 2) + "Z"
  }

  /// Appends the content line `name:value`, its value escaped as TEXT unless `escaping` is false,
  /// folded and ended with CRLF.
  static func appendLine(_ name: String, _ value: String, escaping: Bool = true, to text: inout String) {
    fold(name + ":" + (escaping ? escaped(value) : value), to: &text)
  }

  /// `value` as an RFC 5545 TEXT value: backslash, semicolon and comma escaped, every line break
  /// (LF, CRLF or CR) written as `\n`, and every other character that could move a terminal's
  /// cursor or reorder text (controls, line separators, bidi controls) written as `\u{XX}`, as
  /// the text report shows it.
  static func escaped(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    var afterCR = false
    for scalar in value.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !afterCR { result += "\\n" }
      case "\t": result += "\t"
      default:
        if let shown = TerminalText.escaped(scalar) {
          result += "\\" + shown  // the backslash of `\u{XX}`, escaped as TEXT escapes it
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Appends `line` with CRLF, folded so that no line is longer than 75 octets: a continuation
  /// line starts with one space, and a fold never splits a UTF-8 sequence.
  static func fold(_ line: String, to text: inout String) {
    let limit = 75
    var width = 0
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if width + size > limit {
        text += "\r\n "
        width = 1
      }
      text.unicodeScalars.append(scalar)
      width += size
    }
    text += "\r\n"
  }
}
