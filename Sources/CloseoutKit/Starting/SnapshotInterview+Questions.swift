import CEL

extension SnapshotInterview {
  /// Whether `topic` is asked, given the answers so far.
  func applies(_ topic: InterviewQuestion.Topic) -> Bool {
    switch topic {
    case .endedBy: answers.status == "ended"
    case .toldClientOn, .clientAgreed: answers.toldClientAt != nil
    case .milestones: answers.isFixedPrice
    case .currency: answers.isFixedPrice && !answers.milestones.isEmpty
    case .hoursInReview: !answers.isFixedPrice
    case .disputeKind: answers.dispute != nil
    case .endRequestedOn: answers.endIsRequested
    default: true
    }
  }

  /// The question about `topic`, its default taken from the answers so far.
  func question(about topic: InterviewQuestion.Topic) -> InterviewQuestion {
    let a = answers
    func ask(_ text: String, _ answer: String, _ choices: [String]? = nil) -> InterviewQuestion {
      // A schema whose enum lacks the usual default gets its first value as the default.
      let fallback = choices.map { $0.contains(answer) ? answer : $0.first ?? answer } ?? answer
      return InterviewQuestion(topic: topic, text: text, defaultAnswer: fallback, choices: choices)
    }
    switch topic {
    case .contractID: return ask("Contract id", a.contractID)
    case .title: return ask("Contract title", a.title)
    case .kind: return ask("How is the contract paid?", a.kind, choices(topic))
    case .status: return ask("Contract status", a.status, choices(topic))
    case .endedBy: return ask("Who ended it?", a.endedBy ?? "freelancer", choices(topic))
    case .clientName: return ask("Client's name", a.clientName)
    case .freelancerName: return ask("Your name", a.freelancerName)
    case .language:
      return ask(
        "Language the messages are written in (a code such as en, es, de, fr)", a.language, choices(topic))
    case .toldClient:
      return ask(
        "Have you told the client you want to end the contract?", yesNo(a.toldClientAt != nil), ["yes", "no"])
    case .toldClientOn:
      return ask("When did you tell them (YYYY-MM-DD)?", (a.toldClientAt ?? a.asOf).dateText)
    case .clientAgreed: return ask("Has the client agreed to end it?", yesNo(a.clientAgreed), ["yes", "no"])
    case .tasksDone: return ask("Are all the agreed tasks done?", yesNo(a.tasksDone), ["yes", "no"])
    case .milestones:
      let statuses = choices(topic) ?? []
      return ask(
        "Milestones as AMOUNT STATUS, comma-separated, or none (statuses: \(statuses.joined(separator: ", ")))",
        a.milestones.isEmpty ? "none" : a.milestones.map(Self.text).joined(separator: ", "))
    case .currency: return ask("Currency of the amounts", a.currency)
    case .hoursInReview:
      return ask("Logged hours still in the client's review window", Self.number(a.hoursInReview))
    case .dispute:
      return ask("Is there a dispute or refund request?", a.dispute?.status ?? "none", choices(topic))
    case .disputeKind:
      return ask("What kind of dispute?", a.dispute?.kind ?? "refund_request", choices(topic))
    case .endRequestedOn:
      return ask("When did you request the end (YYYY-MM-DD)?", (a.endRequestedAt ?? a.asOf).dateText)
    case .endReason: return ask("End reason, if you have chosen one", a.endReason ?? "none", choices(topic))
    case .feedback: return ask("Public feedback for the client, if written (one line)", a.feedback ?? "none")
    }
  }

  /// The answers allowed for a choice about `topic`: the schema's enum where it declares one.
  private func choices(_ topic: InterviewQuestion.Topic) -> [String]? {
    switch topic {
    case .kind: schema.allowedStrings(at: "contract.kind") ?? ["fixed_price", "hourly"]
    case .status:
      schema.allowedStrings(at: "contract.status") ?? ["active", "paused", "end_requested", "ended"]
    case .endedBy: schema.allowedStrings(at: "contract.ended_by") ?? ["freelancer", "client", "platform"]
    case .language: schema.allowedStrings(at: "language")
    case .milestones:
      schema.allowedStrings(at: "milestones[].status")
        ?? ["unfunded", "funded", "submitted", "approved", "paid", "refunded"]
    case .dispute: ["none"] + (schema.allowedStrings(at: "disputes[].status") ?? ["open", "resolved"])
    case .disputeKind:
      schema.allowedStrings(at: "disputes[].kind") ?? ["hourly", "fixed_price", "refund_request"]
    case .endReason: endReasons.map { ["none"] + $0 }
    default: nil
    }
  }

  /// Records `reply` as the answer to `question`; returns why it is not an answer, or nil.
  mutating func record(_ reply: String, for question: InterviewQuestion) -> AnswerProblem? {
    if let choices = question.choices {
      var choice = question.topic == .language ? reply : reply.lowercased().replacing(/[ -]/, with: "_")
      if choices == ["yes", "no"], let short = ["y": "yes", "n": "no"][choice] { choice = short }
      guard choices.contains(choice) else { return .notAChoice(reply, choices) }
      recordChoice(choice, for: question.topic)
      return nil
    }
    switch question.topic {
    case .contractID: answers.contractID = reply
    case .title: answers.title = reply
    case .clientName: answers.clientName = reply
    case .freelancerName: answers.freelancerName = reply
    case .language:
      guard reply.wholeMatch(of: /[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/) != nil else { return .language(reply) }
      answers.language = reply
    case .toldClientOn, .endRequestedOn:
      guard let time = Timestamp(rfc3339: reply) ?? Timestamp(rfc3339: reply + "T00:00:00Z") else {
        return .date(reply)
      }
      guard time <= answers.asOf else { return .future(reply, answers.asOf) }
      if question.topic == .toldClientOn {
        answers.toldClientAt = time
      } else {
        answers.endRequestedAt = time
      }
    case .milestones:
      switch Self.milestones(reply, statuses: choices(.milestones) ?? []) {
      case .success(let milestones): answers.milestones = milestones
      case .failure(let problem): return problem
      }
    case .currency:
      guard reply.wholeMatch(of: /[A-Za-z]{3}/) != nil else { return .currency(reply) }
      answers.currency = reply.uppercased()
    case .hoursInReview:
      guard let hours = Double(reply), hours.isFinite, hours >= 0 else { return .hours(reply) }
      answers.hoursInReview = hours
    case .endReason: answers.endReason = reply.lowercased() == "none" ? nil : reply
    case .feedback: answers.feedback = reply.lowercased() == "none" ? nil : reply
    default: break
    }
    return nil
  }

  /// Records a valid choice.
  private mutating func recordChoice(_ choice: String, for topic: InterviewQuestion.Topic) {
    let yes = choice == "yes"
    switch topic {
    case .kind: answers.kind = choice
    case .status: answers.status = choice
    case .endedBy: answers.endedBy = choice
    case .language: answers.language = choice
    case .toldClient: answers.toldClientAt = yes ? answers.toldClientAt ?? answers.asOf.day(offset: -3) : nil
    case .clientAgreed: answers.clientAgreed = yes
    case .tasksDone: answers.tasksDone = yes
    case .dispute:
      answers.dispute =
        choice == "none"
        ? nil : TemplateAnswers.Dispute(kind: answers.dispute?.kind ?? "refund_request", status: choice)
    case .disputeKind: answers.dispute?.kind = choice
    case .endReason: answers.endReason = choice == "none" ? nil : choice
    default: break
    }
  }

  /// `yes` or `no`.
  private func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

  /// A milestone as its answer is written: `400 paid`.
  private static func text(_ milestone: TemplateAnswers.Milestone) -> String {
    number(milestone.amount) + " " + milestone.status
  }

  /// A number without a fraction when it has none: `400`, `12.5`.
  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// The milestones of an answer such as `400 paid, 500 funded`, or `none`.
  private static func milestones(_ reply: String, statuses: [String]) -> Result<
    [TemplateAnswers.Milestone], AnswerProblem
  > {
    if reply.lowercased() == "none" { return .success([]) }
    var result: [TemplateAnswers.Milestone] = []
    for part in reply.split(separator: ",") {
      let words = part.split(separator: " ")
      guard words.count == 2, let amount = Double(words[0]), amount.isFinite, amount >= 0 else {
        return .failure(.milestone(String(part)))
      }
      let status = words[1].lowercased()
      guard statuses.isEmpty || statuses.contains(status) else {
        return .failure(.notAChoice(String(words[1]), statuses))
      }
      result.append(TemplateAnswers.Milestone(amount: amount, status: status))
    }
    return .success(result)
  }
}
