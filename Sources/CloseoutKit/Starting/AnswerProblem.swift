import CEL

/// Why a reply does not answer an interview question; every message the interview shows is here.
struct AnswerProblem: Error, Sendable, Equatable {
  /// The message, shown before the question is asked again.
  let message: String

  /// The reply is not one of the question's choices.
  static func notAChoice(_ reply: String, _ choices: [String]) -> AnswerProblem {
    let hint = Suggestion.didYouMean(reply.lowercased(), among: choices).map { " (\($0))" } ?? ""
    return AnswerProblem(message: "'\(reply)' is not one of: \(choices.joined(separator: ", "))\(hint)")
  }

  /// The reply is not a language code.
  static func language(_ reply: String) -> AnswerProblem {
    AnswerProblem(message: "'\(reply)' is not a language code such as en, es, de, fr, pt or it")
  }

  /// The reply is not a date.
  static func date(_ reply: String) -> AnswerProblem {
    AnswerProblem(
      message:
        "'\(reply)' is not a date such as 2026-11-17 (or an RFC 3339 time such as 2026-11-17T14:00:00Z)")
  }

  /// The reply is a date after the snapshot's `as_of`.
  static func future(_ reply: String, _ asOf: Timestamp) -> AnswerProblem {
    AnswerProblem(message: "'\(reply)' is in the future: the snapshot is as of \(asOf.rfc3339)")
  }

  /// A part of the milestones reply is not `AMOUNT STATUS`.
  static func milestone(_ part: String) -> AnswerProblem {
    let shown = SnapshotTemplate.oneLine(part)
    return AnswerProblem(
      message:
        "'\(shown)' is not a milestone written as AMOUNT STATUS, such as '400 paid'; answer none for no milestones"
    )
  }

  /// The reply is not a currency code.
  static func currency(_ reply: String) -> AnswerProblem {
    AnswerProblem(message: "'\(reply)' is not a three-letter currency code such as USD or EUR")
  }

  /// The reply is not a number of hours.
  static func hours(_ reply: String) -> AnswerProblem {
    AnswerProblem(message: "'\(reply)' is not a number of hours, such as 0 or 6.5")
  }
}
