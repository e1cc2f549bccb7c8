import CEL

/// The questions of `closeout init --interactive`: asks about a dozen things that matter for
/// ending a contract, checks each reply, and turns the answers into a snapshot template.
///
/// No I/O: the caller shows `question`, passes the reply to `answer(_:)` and shows the reason
/// when it is invalid, until `question` is nil; `conduct(read:write:)` does that loop with the
/// functions it is given.
public struct SnapshotInterview: Sendable {
  /// The answers so far, the example contract's where no question has been answered.
  public internal(set) var answers: TemplateAnswers
  /// The schema the template is written for, and the source of the allowed values of choices.
  let schema: SnapshotSchema
  /// The end reasons allowed (the rule set's `lists.end_reasons`), or nil to allow any text.
  let endReasons: [String]?
  /// The first topic not answered yet.
  private var nextTopic = 0

  /// An interview for a snapshot as of `asOf` with the fields of `schema`; `endReasons` are the
  /// reasons a request may give, nil when any text goes.
  public init(asOf: Timestamp, schema: SnapshotSchema, endReasons: [String]?) {
    answers = TemplateAnswers(asOf: asOf)
    // The example's resolved dispute shows the dispute fields; an interview records only real ones.
    answers.dispute = nil
    self.schema = schema
    self.endReasons = endReasons
  }

  /// The question to ask now, or nil when the interview is over.
  public var question: InterviewQuestion? {
    let topics = InterviewQuestion.Topic.allCases
    return topics[nextTopic...].first(where: applies).map(question(about:))
  }

  /// Takes `reply` as the answer to `question`: blank for its default, surrounding spaces ignored.
  public mutating func answer(_ reply: String) -> InterviewReply {
    guard let question else { return .accepted }
    let trimmed = SnapshotTemplate.oneLine(reply)
    if let problem = record(trimmed.isEmpty ? question.defaultAnswer : trimmed, for: question) {
      return .invalid(problem.message)
    }
    let topics = InterviewQuestion.Topic.allCases
    nextTopic = (topics.firstIndex(of: question.topic) ?? topics.count) + 1
    return .accepted
  }

  /// The template of the snapshot the answers describe.
  public var template: SnapshotTemplate { SnapshotTemplate(answers, schema: schema) }

  /// Asks every question through `write`, reads each reply with `read` (nil at the end of the
  /// input) and asks again, with the reason, after an invalid one; returns the template.
  public mutating func conduct(read: () -> String?, write: (String) -> Void) throws(InterviewEnded)
    -> SnapshotTemplate
  {
    while let question {
      write(question.prompt)
      guard let reply = read() else { throw InterviewEnded(question: question) }
      if case .invalid(let problem) = answer(reply) { write("  " + problem + "\n") }
    }
    return template
  }
}
