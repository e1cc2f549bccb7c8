/// One question of `closeout init --interactive`, with the answer an empty reply stands for.
public struct InterviewQuestion: Sendable, Equatable {
  /// What a question is about, in the order the interview asks; a topic that does not apply to
  /// the answers so far (milestones of an hourly contract) is skipped.
  public enum Topic: Sendable, CaseIterable {
    case contractID, title, kind, status, endedBy, clientName, freelancerName, language
    case toldClient, toldClientOn, clientAgreed, tasksDone
    case milestones, currency, hoursInReview
    case dispute, disputeKind
    case endRequestedOn, endReason, feedback
  }

  /// What the question is about.
  public let topic: Topic
  /// The question, without its choices and default.
  public let text: String
  /// The answer an empty reply stands for.
  public let defaultAnswer: String
  /// The only answers allowed, when the question is a choice.
  public let choices: [String]?

  /// The question as shown: `Status (active, paused, end_requested, ended) [active]: `.
  public var prompt: String {
    let listed = choices.map { " (" + $0.joined(separator: ", ") + ")" } ?? ""
    return text + listed + " [" + defaultAnswer + "]: "
  }
}

/// What the interview made of a reply.
public enum InterviewReply: Sendable, Equatable {
  /// The reply answers the question; the interview moved on.
  case accepted
  /// The reply does not answer the question, for the reason given; the question stands.
  case invalid(String)
}

/// The input ended before every question was answered.
public struct InterviewEnded: Error, Sendable, Equatable {
  /// The question that was waiting for an answer.
  public let question: InterviewQuestion

  /// The message to show.
  public var message: String {
    "the input ended before the question '\(question.text)' was answered; no snapshot was written"
  }
}
