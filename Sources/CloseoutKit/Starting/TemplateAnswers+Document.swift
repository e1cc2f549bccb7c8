import CEL

extension TemplateAnswers {
  /// The snapshot the answers describe, sections in the order the template shows them. What the
  /// answers do not say is filled in with plain example values (task titles, message texts, dates
  /// relative to `asOf`) for the freelancer to correct.
  var document: JSONValue {
    .object([
      ("snapshot_version", .int(1)),
      ("as_of", Self.time(asOf)),
      ("language", .string(language)),
      ("contract", contract),
      ("messages", .array(messages)),
      ("client_agreement", clientAgreement),
      ("tasks", .array(tasks)),
      ("milestones", .array(isFixedPrice ? milestoneList : [])),
      ("hourly", hourly),
      ("disputes", .array(dispute.map { [disputeObject($0)] } ?? [])),
      ("handover", handover),
      ("end_request", endRequest),
      ("feedback", feedbackObject),
      ("reflection", .object([("went_well", .null), ("to_improve", .null)])),
      ("waivers", .array([])),
    ])
  }

  private var startedAt: Timestamp { asOf.day(offset: -90) }

  private var contract: JSONValue {
    .object([
      ("id", .string(contractID)),
      ("title", .string(title)),
      ("kind", .string(kind)),
      ("status", .string(status)),
      ("started_at", Self.time(startedAt)),
      ("ended_at", status == "ended" ? Self.time(asOf) : .null),
      ("ended_by", .optional(status == "ended" ? endedBy : nil)),
      ("client", .object([("name", .string(clientName))])),
      ("freelancer", .object([("name", .string(freelancerName))])),
    ])
  }

  /// The client's reply to the message about ending, a day later at most.
  private var replyAt: Timestamp? {
    toldClientAt.map { min($0.adding(days: 1), asOf) }
  }

  private var messages: [JSONValue] {
    guard let toldClientAt, let replyAt else {
      return [
        message(
          from: "freelancer", at: asOf.day(offset: -7),
          "Hi \(clientName), a quick update: \(title) is on track, I will send the next files this week.",
          topics: [])
      ]
    }
    let reply =
      clientAgreed
      ? "Sounds good, thank you for letting me know. Let's close it once the last files are in."
      : "Can we talk about it on Monday before deciding?"
    return [
      message(
        from: "freelancer", at: toldClientAt,
        "Hi \(clientName), I would like to wrap up our contract once the agreed work is delivered, "
          + "as my schedule is full from next month. I will send handover notes with the final files.",
        topics: ["ending", "handover"]),
      message(from: "client", at: replyAt, reply, topics: ["ending"]),
    ]
  }

  private func message(from author: String, at time: Timestamp, _ text: String, topics: [String]) -> JSONValue
  {
    .object([
      ("from", .string(author)),
      ("at", Self.time(time)),
      ("text", .string(text)),
      ("topics", .array(topics.map(JSONValue.string))),
    ])
  }

  private var clientAgreement: JSONValue {
    let agreed = toldClientAt != nil && clientAgreed
    return .object([("agreed", .bool(agreed)), ("at", agreed ? replyAt.map(Self.time) ?? .null : .null)])
  }

  private var tasks: [JSONValue] {
    [
      ("t-1", "Deliver the final files", tasksDone ? "done" : "in_progress", true),
      ("t-2", "Write handover notes", tasksDone ? "done" : "open", false),
    ].map { id, title, status, mustFinish in
      .object([
        ("id", .string(id)), ("title", .string(title)), ("status", .string(status)),
        ("must_finish_before_end", .bool(mustFinish)),
      ])
    }
  }

  /// The milestones, each submitted a week after the one before when its work is complete.
  private var milestoneList: [JSONValue] {
    milestones.enumerated().map { index, milestone in
      let complete = ["submitted", "approved", "paid"].contains(milestone.status)
      let submitted = asOf.day(offset: -7 * Int64(milestones.count - index))
      return .object([
        ("id", .string("m-\(index + 1)")),
        ("title", .string("Milestone \(index + 1)")),
        ("amount", .double(milestone.amount)),
        ("currency", .string(currency)),
        ("status", .string(milestone.status)),
        ("work_complete", .bool(complete)),
        ("submitted_at", complete ? Self.time(submitted) : .null),
      ])
    }
  }

  private var hourly: JSONValue {
    let fields = ["weekly_limit", "hours_in_review", "manual_hours", "hours_over_limit"]
    guard !isFixedPrice else { return .object(fields.map { ($0, .null) }) }
    return .object(zip(fields, [.int(20), .double(hoursInReview), .int(0), .int(0)]).map { ($0, $1) })
  }

  private func disputeObject(_ dispute: Dispute) -> JSONValue {
    let opened = asOf.day(offset: dispute.status == "open" ? -2 : -30)
    return .object([
      ("kind", .string(dispute.kind)),
      ("status", .string(dispute.status)),
      ("opened_at", Self.time(opened)),
      ("respond_by", Self.time(opened.adding(days: 3))),
    ])
  }

  private var handover: JSONValue {
    .object([
      ("documentation_shared", .bool(false)), ("access_returned", .bool(false)),
      ("referral_offered", .bool(false)),
    ])
  }

  private var endRequest: JSONValue {
    .object([
      ("submitted_at", endIsRequested ? Self.time(endRequestedAt ?? asOf) : .null),
      ("reason", .optional(endReason)),
      ("comments", .null),
    ])
  }

  private var feedbackObject: JSONValue {
    .object([
      ("rating", .null), ("public_text", .optional(feedback)), ("private_text", .null),
      ("submitted_at", .null),
    ])
  }

  /// A timestamp as the RFC 3339 text snapshots use.
  private static func time(_ timestamp: Timestamp) -> JSONValue { .string(timestamp.rfc3339) }
}
